package org.dicomharness.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.validation.testing.SampleObjects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value of a valid object replaced by garbage (non-numeric text in numbers, odd byte counts in binary values,
 * an unknown character set): the validator reports errors and never throws, since an archive validates what any
 * sender sends.
 */
class HostileInputTest {

    static Stream<Arguments> objects() {
        SampleObjects s = new SampleObjects();
        return Stream.of(Arguments.of("CT", (Supplier<Dataset>) s::ct),
                Arguments.of("Enhanced CT", (Supplier<Dataset>) () -> s.enhancedCt(3)),
                Arguments.of("CT dose SR", (Supplier<Dataset>) s::ctDoseSr),
                Arguments.of("ECG", (Supplier<Dataset>) s::ecg));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void garbageEverywhereGivesErrorsNotExceptions(String name, Supplier<Dataset> object) {
        Dataset d = object.get();
        String sopClass = d.getString(Tags.SOPClassUID);
        garble(d);
        d.setString(Tags.SOPClassUID, sopClass); // keep the IOD, so that every module and macro check runs
        ValidationReport[] report = new ValidationReport[1];
        assertThatCode(() -> report[0] = new IodValidator().validate(d)).doesNotThrowAnyException();
        assertThat(report[0].errors()).isNotEmpty();
    }

    private static void garble(Dataset d) {
        List<DataElement> elements = new ArrayList<>(d.elements());
        for (DataElement e : elements) {
            if (e.value() instanceof Sequence seq) {
                seq.forEach(HostileInputTest::garble);
            } else if (e.tag() == Tags.SpecificCharacterSet) {
                d.put(e.tag(), e.vr(), ByteValue.wrap("ISO_IR 999".getBytes(StandardCharsets.US_ASCII)));
            } else if (e.vr().isString()) {
                d.put(e.tag(), e.vr(), ByteValue.wrap("\u0001x\\y\\\u00ffz ".getBytes(StandardCharsets.ISO_8859_1)));
            } else if (e.vr() != VR.SQ) {
                d.put(e.tag(), e.vr(), ByteValue.wrap(new byte[] {1, 2, 3}));
            }
        }
    }
}
