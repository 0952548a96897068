package org.dicomharness.dicom.charset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dicomharness.dicom.charset.StandardBytes.hex;

import java.util.List;
import org.dicomharness.dicom.VR;
import org.junit.jupiter.api.Test;

/** Bytes outside the declared repertoire come out as U+FFFD, each with an issue; nothing is dropped silently. */
class DecodingIssuesTest {

    @Test
    void latin1BytesWithoutSpecificCharacterSet() {
        byte[] bytes = hex("0x4D 0xFC 0x6C 0x6C 0x65 0x72");
        DecodedText decoded = decode(SpecificCharacterSet.DEFAULT, bytes, VR.PN);
        assertThat(decoded.text()).isEqualTo("M\uFFFDller");
        assertThat(decoded.isClean()).isFalse();
        assertThat(decoded.issues()).singleElement().satisfies(i -> {
            assertThat(i.offset()).isEqualTo(1);
            assertThat(i.message()).contains("FC").contains("G1");
        });
    }

    @Test
    void c1ControlBytesAreNoCharacterOfIsoIr100() {
        byte[] bytes = hex("0x41 0x80 0x96 0x42"); // windows-1252 euro sign and en dash, declared as ISO_IR 100
        DecodedText decoded = decode(SpecificCharacterSet.of(List.of("ISO_IR 100")), bytes, VR.LO);
        assertThat(decoded.text()).isEqualTo("A\uFFFD\uFFFDB");
        assertThat(decoded.issues()).extracting(DecodingIssue::offset).containsExactly(1, 2);
        assertThat(decoded.issues().get(0).message()).contains("C1");
    }

    @Test
    void unassignedPositionOfIsoIr109() {
        byte[] bytes = hex("0x41 0xA5 0x42"); // 10/05 is not assigned in ISO 8859-3
        DecodedText decoded = decode(SpecificCharacterSet.of(List.of("ISO_IR 109")), bytes, VR.LO);
        assertThat(decoded.text()).isEqualTo("A\uFFFDB");
        assertThat(decoded.issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("ISO-IR 109"));
    }

    @Test
    void escapeToAnUndeclaredSetIsObeyedAndReported() {
        byte[] bytes = hex("0x41 0x1B 0x24 0x42 0x3B 0x33 0x1B 0x28 0x42 0x42");
        DecodedText decoded = decode(SpecificCharacterSet.of(List.of("ISO_IR 100")), bytes, VR.LO);
        assertThat(decoded.text()).isEqualTo("A山B");
        assertThat(decoded.issues()).singleElement().satisfies(i -> {
            assertThat(i.offset()).isEqualTo(1);
            assertThat(i.message()).contains("ISO-IR 87").contains("does not declare");
        });
    }

    @Test
    void unknownAndTruncatedEscapeSequences() {
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 87"));
        byte[] unknown = hex("0x41 0x1B 0x28 0x5A 0x42");
        DecodedText decoded = decode(cs, unknown, VR.LO);
        assertThat(decoded.text()).isEqualTo("A\uFFFDB");
        assertThat(decoded.issues()).singleElement().satisfies(i -> assertThat(i.message())
                .contains("ESC 02/08 05/10"));

        byte[] truncated = hex("0x41 0x1B 0x24");
        assertThat(decode(cs, truncated, VR.LO).text()).isEqualTo("A\uFFFD$");
    }

    @Test
    void halfAKanjiAtTheEndOfTheValue() {
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 87"));
        byte[] bytes = hex("0x1B 0x24 0x42 0x3B 0x33 0x45");
        DecodedText decoded = decode(cs, bytes, VR.LO);
        assertThat(decoded.text()).isEqualTo("山\uFFFD");
        assertThat(decoded.issues()).singleElement().satisfies(i -> assertThat(i.offset()).isEqualTo(5));
    }

    @Test
    void malformedUtf8IsReplacedButAnEncodedReplacementCharacterIsClean() {
        SpecificCharacterSet utf8 = SpecificCharacterSet.of(List.of("ISO_IR 192"));
        DecodedText malformed = decode(utf8, hex("0x41 0xC3 0x28 0x42"), VR.LO);
        assertThat(malformed.text()).isEqualTo("A\uFFFD(B");
        assertThat(malformed.issues()).singleElement().satisfies(i -> {
            assertThat(i.offset()).isEqualTo(1);
            assertThat(i.message()).contains("C3").contains("UTF-8");
        });

        DecodedText legitimate = decode(utf8, hex("0x41 0xEF 0xBF 0xBD"), VR.LO);
        assertThat(legitimate.text()).isEqualTo("A\uFFFD");
        assertThat(legitimate.isClean()).isTrue();
    }

    @Test
    void truncatedGb18030Character() {
        DecodedText decoded = decode(SpecificCharacterSet.of(List.of("GB18030")), hex("0xCD 0xF5 0xD0"), VR.PN);
        assertThat(decoded.text()).isEqualTo("王\uFFFD");
        assertThat(decoded.issues()).singleElement().satisfies(i -> assertThat(i.offset()).isEqualTo(2));
    }

    private static DecodedText decode(SpecificCharacterSet cs, byte[] bytes, VR vr) {
        return cs.decodeChecked(bytes, 0, bytes.length, vr);
    }
}
