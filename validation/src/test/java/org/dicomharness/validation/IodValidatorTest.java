package org.dicomharness.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.validation.testing.SampleObjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The checks of {@link IodValidator} on valid objects of many IODs and on objects broken one way at a time. */
class IodValidatorTest {

    private final IodValidator validator = new IodValidator();
    private final SampleObjects samples = new SampleObjects();

    static Stream<Arguments> validObjects() {
        SampleObjects s = new SampleObjects();
        return Stream.of(
                Arguments.of("CT Image", (Supplier<Dataset>) s::ct),
                Arguments.of("MR Image", (Supplier<Dataset>) s::mr),
                Arguments.of("Computed Radiography Image", (Supplier<Dataset>) s::cr),
                Arguments.of("Digital X-Ray Image", (Supplier<Dataset>) s::dx),
                Arguments.of("Digital Mammography X-Ray Image", (Supplier<Dataset>) s::mg),
                Arguments.of("Ultrasound Image", (Supplier<Dataset>) s::us),
                Arguments.of("Ultrasound Multi-frame Image", (Supplier<Dataset>) s::usMultiFrame),
                Arguments.of("Nuclear Medicine Image", (Supplier<Dataset>) s::nm),
                Arguments.of("Positron Emission Tomography Image", (Supplier<Dataset>) s::pt),
                Arguments.of("Secondary Capture Image", (Supplier<Dataset>) s::sc),
                Arguments.of("Encapsulated PDF", (Supplier<Dataset>) s::encapsulatedPdf),
                Arguments.of("12-Lead ECG", (Supplier<Dataset>) s::ecg),
                Arguments.of("X-Ray Radiation Dose SR", (Supplier<Dataset>) s::ctDoseSr),
                Arguments.of("X-Ray Radiation Dose SR", (Supplier<Dataset>) s::projectionDoseSr),
                Arguments.of("Enhanced CT Image", (Supplier<Dataset>) () -> s.enhancedCt(4)),
                Arguments.of("Enhanced MR Image", (Supplier<Dataset>) () -> s.enhancedMr(4)),
                Arguments.of("Key Object Selection Document", (Supplier<Dataset>) s::keyObjectSelection),
                Arguments.of("Basic Text SR", (Supplier<Dataset>) s::basicTextSr));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validObjects")
    void validObjectsHaveNoErrors(String iod, Supplier<Dataset> object) {
        ValidationReport report = validator.validate(object.get());
        assertThat(report.iod()).isEqualTo(iod);
        assertThat(report.errors()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    @Test
    void missingType1IsAnErrorCitingTheModuleTable() {
        Dataset ct = samples.ct();
        ct.remove(Tags.StudyInstanceUID);
        Finding f = single(validator.validate(ct), Severity.ERROR, Tags.StudyInstanceUID);
        assertThat(f.module()).isEqualTo("General Study");
        assertThat(f.rule().id()).isEqualTo("PS3.3 Table C.7-3");
        assertThat(f.rule().title()).contains("C.7.2.1 General Study Module");
        assertThat(f.found()).isEqualTo("absent");
        assertThat(f.expected()).startsWith("Type 1");
        assertThat(f.path().keywords()).isEqualTo("StudyInstanceUID");
        assertThat(f.path().tags()).isEqualTo("(0020,000D)");
    }

    @Test
    void emptyType1IsAnErrorButEmptyType2IsNot() {
        Dataset ct = samples.ct();
        ct.setString(Tags.Modality, new String[0]);
        ct.setString(Tags.PatientName, new String[0]);
        ValidationReport report = validator.validate(ct);
        assertThat(single(report, Severity.ERROR, Tags.Modality).found()).isEqualTo("present but empty");
        assertThat(report.errors()).noneMatch(f -> f.path().tag() == Tags.PatientName);
    }

    @Test
    void missingType2IsAnError() {
        Dataset ct = samples.ct();
        ct.remove(Tags.PatientName);
        assertThat(single(validator.validate(ct), Severity.ERROR, Tags.PatientName).expected())
                .startsWith("Type 2");
    }

    @Test
    void type1InsideACodeSequenceMacroItemIsCheckedWithItsPath() {
        Dataset dx = samples.dx();
        dx.getSequence(Tags.AnatomicRegionSequence).get(0).remove(Tags.CodeMeaning);
        Finding f = single(validator.validate(dx), Severity.ERROR, Tags.CodeMeaning);
        assertThat(f.path().keywords()).isEqualTo("AnatomicRegionSequence[1]/CodeMeaning");
        assertThat(f.path().toString()).isEqualTo("AnatomicRegionSequence(0008,2218)[1] > CodeMeaning(0008,0104)");
        assertThat(f.rule().id()).isEqualTo("PS3.3 Table 8.8-1a");
    }

    @Test
    void conditionalType1WithAMachineReadableConditionIsEvaluated() {
        Dataset dx = samples.dx();
        // Code Value is 1C: required when neither Long Code Value nor URN Code Value is present
        dx.getSequence(Tags.AnatomicRegionSequence).get(0).remove(Tags.CodeValue);
        Finding f = single(validator.validate(dx), Severity.ERROR, Tags.CodeValue);
        assertThat(f.expected()).startsWith("Type 1C").contains("[LongCodeValueAndURNCodeValueAbsent]");
    }

    @Test
    void conditionGivenOnlyInProseIsInformationNeverAnError() {
        ValidationReport report = validator.validate(samples.ct());
        assertThat(report.bySeverity(Severity.INFO)).anyMatch(f -> f.found().contains("condition not evaluated")
                && f.module().equals("Synchronization") && f.expected().contains("time synchronization"));
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void vrOtherThanTheDictionarysIsAnError() {
        Dataset ct = samples.ct();
        ct.setString(Tags.StudyDate, VR.LO, "20240115");
        Finding f = single(validator.validate(ct), Severity.ERROR, Tags.StudyDate);
        assertThat(f.rule().id()).isEqualTo("PS3.6 Table 6-1");
        assertThat(f.found()).isEqualTo("VR LO");
        assertThat(f.expected()).isEqualTo("VR DA");
    }

    @Test
    void valueMultiplicityAgainstTheDictionary() {
        Dataset ct = samples.ct();
        ct.setString(Tags.PixelSpacing, "0.5", "0.5", "0.5");
        Finding f = single(validator.validate(ct), Severity.ERROR, Tags.PixelSpacing);
        assertThat(f.found()).isEqualTo("3 value(s)");
        assertThat(f.expected()).contains("VM 2");
    }

    @Test
    void badDateFormatIsAnErrorCitingPs35() {
        Dataset ct = samples.ct();
        ct.setString(Tags.StudyDate, "20241301");
        Finding f = single(validator.validate(ct), Severity.ERROR, Tags.StudyDate);
        assertThat(f.rule().id()).isEqualTo("PS3.5 Table 6.2-1");
        assertThat(f.found()).contains("'20241301'").contains("not a calendar date");
    }

    @Test
    void valueLongerThanItsVrAllowsIsAnError() {
        Dataset ct = samples.ct();
        ct.setString(Tags.StationName, "A".repeat(17));
        assertThat(single(validator.validate(ct), Severity.ERROR, Tags.StationName).expected())
                .isEqualTo("at most 16 characters");
    }

    @Test
    void enumeratedValueIsAnErrorDefinedTermAWarning() {
        Dataset ct = samples.ct();
        ct.setString(Tags.PatientSex, "X");
        ct.setString(Tags.ConversionType, "ABC");
        ValidationReport report = validator.validate(ct);
        Finding sex = single(report, Severity.ERROR, Tags.PatientSex);
        assertThat(sex.expected()).startsWith("an enumerated value:").contains("F", "M", "O");
        Dataset mr = samples.mr();
        ValidationReport mrReport = validator.validate(mr);
        assertThat(mrReport.warnings()).anyMatch(f -> f.path().tag() == Tags.ImageType
                && f.expected().startsWith("a defined term"));
    }

    @Test
    void numberOfFramesMustMatchThePixelData() {
        Dataset us = samples.usMultiFrame();
        us.setString(Tags.NumberOfFrames, "5");
        Finding f = single(validator.validate(us), Severity.ERROR, Tags.PixelData);
        assertThat(f.rule().id()).isEqualTo("PS3.5 8.1.1");
        assertThat(f.found()).isEqualTo("1024 bytes");
        assertThat(f.expected()).startsWith("1280 bytes");
    }

    @Test
    void perFrameItemsMustMatchNumberOfFrames() {
        Dataset ect = samples.enhancedCt(3);
        ect.getSequence(Tags.PerFrameFunctionalGroupsSequence).remove(2);
        ValidationReport report = validator.validate(ect);
        assertThat(report.errors()).anyMatch(f -> f.path().tag() == Tags.PerFrameFunctionalGroupsSequence
                && f.found().equals("2 item(s)") && f.expected().contains("Number of Frames is 3"));
    }

    @Test
    void missingFunctionalGroupIsAnError() {
        Dataset ect = samples.enhancedCt(3);
        ect.getSequence(Tags.SharedFunctionalGroupsSequence).get(0).remove(Tags.PixelMeasuresSequence);
        Finding f = single(validator.validate(ect), Severity.ERROR, Tags.PixelMeasuresSequence);
        assertThat(f.module()).isEqualTo("Pixel Measures Functional Group Macro");
        assertThat(f.rule().id()).isEqualTo("PS3.3 Table C.7.6.16-2");
        assertThat(f.found()).contains("absent from the Shared and from every Per-Frame");
    }

    @Test
    void perFrameMacroMissingFromSomeFramesNamesThem() {
        Dataset ect = samples.enhancedCt(4);
        ect.getSequence(Tags.PerFrameFunctionalGroupsSequence).get(2).remove(Tags.PlanePositionSequence);
        Finding f = single(validator.validate(ect), Severity.ERROR, Tags.PlanePositionSequence);
        assertThat(f.found()).isEqualTo("absent from 1 of 4 per-frame item(s) (items 3)");
        assertThat(f.path().keywords()).isEqualTo("PerFrameFunctionalGroupsSequence[3]/PlanePositionSequence");
    }

    @Test
    void attributeInsideAPerFrameMacroIsCheckedAtEveryFrame() {
        Dataset ect = samples.enhancedCt(3);
        Dataset frame2 = ect.getSequence(Tags.PerFrameFunctionalGroupsSequence).get(1);
        frame2.getSequence(Tags.PlanePositionSequence).get(0).remove(Tags.ImagePositionPatient);
        Finding f = single(validator.validate(ect), Severity.ERROR, Tags.ImagePositionPatient);
        assertThat(f.path().keywords())
                .isEqualTo("PerFrameFunctionalGroupsSequence[2]/PlanePositionSequence[1]/ImagePositionPatient");
        assertThat(f.module()).isEqualTo("Plane Position (Patient) Functional Group Macro");
    }

    @Test
    void macroInBothSharedAndPerFrameIsAnError() {
        Dataset ect = samples.enhancedCt(2);
        Sequence perFrame = ect.getSequence(Tags.PerFrameFunctionalGroupsSequence);
        for (Dataset item : perFrame) {
            item.newSequence(Tags.PixelMeasuresSequence).addItem().setString(Tags.PixelSpacing, "1", "1");
        }
        assertThat(validator.validate(ect).errors()).anyMatch(f -> f.path().tag() == Tags.PixelMeasuresSequence
                && f.found().equals("in the Shared and in Per-Frame Functional Groups"));
    }

    @Test
    void attributesNoModuleDefinesAreWarningsOfAStandardExtendedSopClass() {
        Dataset ct = samples.ct();
        ct.setString(Tags.TransmitCoilName, "BODY");
        Dataset ect = samples.enhancedCt(3);
        ect.getSequence(Tags.PerFrameFunctionalGroupsSequence).forEach(i -> i.setString(Tags.StationName, "X"));
        Finding top = single(validator.validate(ct), Severity.WARNING, Tags.TransmitCoilName);
        assertThat(top.rule().id()).isEqualTo("PS3.4 B.1.3");
        Finding perFrame = single(validator.validate(ect), Severity.WARNING, Tags.StationName);
        assertThat(perFrame.found()).endsWith("in 3 item(s)");
        assertThat(perFrame.path().keywords()).isEqualTo("PerFrameFunctionalGroupsSequence[1]/StationName");
    }

    @Test
    void unknownSopClassStillGetsTheDictionaryChecks() {
        Dataset d = samples.ct();
        d.setString(Tags.SOPClassUID, "1.2.3.4");
        d.setString(Tags.StudyDate, "2024");
        ValidationReport report = validator.validate(d);
        assertThat(report.iod()).isEmpty();
        assertThat(report.warnings()).anyMatch(f -> f.path().tag() == Tags.SOPClassUID);
        assertThat(report.errors()).anyMatch(f -> f.path().tag() == Tags.StudyDate);
    }

    @Test
    void doseReportMissingAMandatoryRowCitesTheTemplateRow() {
        Dataset sr = samples.ctDoseSr();
        Sequence root = sr.getSequence(Tags.ContentSequence);
        Dataset accumulated = findItem(root, "113811");
        Sequence items = accumulated.getSequence(Tags.ContentSequence);
        items.remove(1); // CT Dose Length Product Total
        List<Finding> errors = validator.validate(sr).errors();
        assertThat(errors).anyMatch(f -> f.rule().id().equals("PS3.16 TID 10012 row 3")
                && f.found().equals("no such content item") && f.expected().contains("CT Dose Length Product Total"));
    }

    @Test
    void doseReportWrongUnitsAndWrongValueType() {
        Dataset sr = samples.ctDoseSr();
        Dataset accumulated = findItem(sr.getSequence(Tags.ContentSequence), "113811");
        Dataset dlp = accumulated.getSequence(Tags.ContentSequence).get(1);
        dlp.getSequence(Tags.MeasuredValueSequence).get(0).getSequence(Tags.MeasurementUnitsCodeSequence).get(0)
                .setString(Tags.CodeValue, "mGy");
        Dataset events = accumulated.getSequence(Tags.ContentSequence).get(0);
        events.setString(Tags.ValueType, "TEXT");
        events.setString(Tags.TextValue, "1");
        List<Finding> errors = validator.validate(sr).errors();
        assertThat(errors).anyMatch(f -> f.rule().id().equals("PS3.16 TID 10012 row 3")
                && f.found().startsWith("units (mGy") && f.expected().equals("units (mGy.cm, UCUM)"));
        assertThat(errors).anyMatch(f -> f.rule().id().equals("PS3.16 TID 10012 row 2")
                && f.found().equals("value type TEXT"));
    }

    @Test
    void doseReportCodeOutsideItsContextGroup() {
        Dataset sr = samples.ctDoseSr();
        Dataset event = findItem(sr.getSequence(Tags.ContentSequence), "113819");
        Dataset acquisitionType = event.getSequence(Tags.ContentSequence).get(1);
        acquisitionType.getSequence(Tags.ConceptCodeSequence).get(0).setString(Tags.CodeValue, "999999");
        assertThat(validator.validate(sr).findings()).anyMatch(f -> f.rule().id().equals("PS3.16 TID 10013 row 4")
                && f.expected().contains("CID 10013"));
    }

    @Test
    void projectionDoseReportMissingItsAccumulatedDoseContainer() {
        Dataset sr = samples.projectionDoseSr();
        Sequence root = sr.getSequence(Tags.ContentSequence);
        for (int i = 0; i < root.size(); i++) {
            if ("113702".equals(root.get(i).getSequence(Tags.ConceptNameCodeSequence).get(0).getString(Tags.CodeValue))) {
                root.remove(i);
                break;
            }
        }
        List<Finding> errors = validator.validate(sr).errors();
        assertThat(errors).anyMatch(f -> f.rule().document().equals("PS3.16") && f.rule().reference()
                .startsWith("TID 10002 row") && f.expected().contains("Accumulated X-Ray Dose Data"));
    }

    @Test
    void validatingA1000FrameEnhancedCtChecksEveryFrame() {
        Dataset ect = samples.enhancedCt(1000);
        ect.getSequence(Tags.PerFrameFunctionalGroupsSequence).get(999).getSequence(Tags.FrameContentSequence)
                .get(0).setString(Tags.FrameAcquisitionDateTime, "2024011510150X");
        ValidationReport report = validator.validate(ect);
        assertThat(report.errors()).singleElement().satisfies(f -> assertThat(f.path().keywords())
                .isEqualTo("PerFrameFunctionalGroupsSequence[1000]/FrameContentSequence[1]/FrameAcquisitionDateTime"));
    }

    private static Dataset findItem(Sequence seq, String conceptValue) {
        for (Dataset item : seq) {
            if (conceptValue.equals(item.getSequence(Tags.ConceptNameCodeSequence).get(0).getString(Tags.CodeValue))) {
                return item;
            }
        }
        throw new AssertionError("no content item " + conceptValue);
    }

    private static Finding single(ValidationReport report, Severity severity, int tag) {
        Predicate<Finding> p = f -> f.severity() == severity && f.path().tag() == tag;
        List<Finding> matching = report.findings().stream().filter(p).toList();
        assertThat(matching).as("%s findings at %s among the errors and warnings %s", severity,
                org.dicomharness.dicom.Tag.format(tag),
                report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList()).hasSize(1);
        return matching.get(0);
    }
}
