package org.dicomharness.dicom.charset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dicomharness.dicom.charset.StandardBytes.hex;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.junit.jupiter.api.Test;

/** The delimiter rules of PS3.5 6.1.2.5.3 and the JIS X 0201 romaji rules of PS3.5 H.1.1, per VR. */
class CodeExtensionRulesTest {

    private static final SpecificCharacterSet JAPANESE = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 87"));
    private static final SpecificCharacterSet KOREAN = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 149"));

    @Test
    void backslashIsTheValueDelimiterInRomajiButYenSignInText() {
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("ISO_IR 13"));
        byte[] bytes = hex("0x41 0x5C 0x42 0x7E");

        assertThat(cs.decode(bytes, 0, bytes.length, VR.LO)).isEqualTo("A\\B\u203E");
        assertThat(cs.decode(bytes, 0, bytes.length, VR.LT)).isEqualTo("A\u00A5B\u203E");
        assertThat(cs.decode(bytes, 0, bytes.length)).isEqualTo("A\u00A5B\u203E");
        assertThat(cs.encode("A\\B", VR.LO)).isEqualTo(hex("0x41 0x5C 0x42"));
        assertThat(cs.encode("A\u00A5B", VR.LT)).isEqualTo(hex("0x41 0x5C 0x42"));
        assertThat(cs.canEncode("A\\B", VR.LT)).isFalse();
        assertThat(cs.canEncode("A\u00A5B", VR.LO)).isFalse();
    }

    @Test
    void controlCharactersReturnToValue1BeforeAndAfter() {
        byte[] encoded = JAPANESE.encode("山\r\nA", VR.LT);
        assertThat(encoded).isEqualTo(hex("0x1B 0x24 0x42 0x3B 0x33 0x1B 0x28 0x42 0x0D 0x0A 0x41"));
        // A writer that forgot the escape back: the CR still ends JIS X 0208, so "A" is not half a kanji.
        byte[] sloppy = hex("0x1B 0x24 0x42 0x3B 0x33 0x0D 0x0A 0x41");
        DecodedText decoded = JAPANESE.decodeChecked(sloppy, 0, sloppy.length, VR.LT);
        assertThat(decoded.text()).isEqualTo("山\r\nA");
        assertThat(decoded.isClean()).isTrue();
    }

    @Test
    void caretAndEqualsDelimitOnlyInPersonNames() {
        byte[] bytes = hex("0x1B 0x24 0x29 0x43 0xFB 0xF3 0x5E 0xB1 0xE6");

        DecodedText asName = KOREAN.decodeChecked(bytes, 0, bytes.length, VR.PN);
        assertThat(asName.text()).isEqualTo("洪^\uFFFD\uFFFD");
        assertThat(asName.issues()).hasSize(2);
        assertThat(asName.issues().get(0).offset()).isEqualTo(7);
        assertThat(asName.issues().get(0).message()).contains("6.1.2.5.3");

        DecodedText asText = KOREAN.decodeChecked(bytes, 0, bytes.length, VR.LO);
        assertThat(asText.text()).isEqualTo("洪^길");
        assertThat(asText.isClean()).isTrue();
        assertThat(KOREAN.encode("洪^길", VR.LO)).isEqualTo(bytes);
    }

    @Test
    void byte0x5CInsideAKanjiIsNoValueDelimiter() {
        String kanji = new String(hex("0xB0 0xDC"), Charset.forName("EUC-JP")); // JIS X 0208 row 16, cell 60: 30/5C
        byte[] encoded = JAPANESE.encode("X\\" + kanji, VR.LO);
        assertThat(encoded).isEqualTo(hex("0x58 0x5C 0x1B 0x24 0x42 0x30 0x5C 0x1B 0x28 0x42"));
        assertThat(JAPANESE.decode(encoded, 0, encoded.length, VR.LO)).isEqualTo("X\\" + kanji);
    }

    /** 莉 is JIS X 0208 68/3D: its second byte is "=" only to a decoder that ignores the designated G0 set. */
    @Test
    void equalsSignInsideAKanjiIsNoComponentGroupDelimiter() {
        byte[] encoded = JAPANESE.encode("Yamada^Mari=山田^真莉", VR.PN);
        assertThat(encoded).endsWith(0x3F, 0x3F, 0x68, 0x3D, 0x1B, 0x28, 0x42);
        DecodedText decoded = JAPANESE.decodeChecked(encoded, 0, encoded.length, VR.PN);
        assertThat(decoded.text()).isEqualTo("Yamada^Mari=山田^真莉");
        assertThat(decoded.isClean()).isTrue();
    }

    @Test
    void spaceNeedsNoEscapeInsideJisX0208() {
        byte[] encoded = JAPANESE.encode("山田 太郎", VR.PN);
        assertThat(encoded).isEqualTo(hex("0x1B 0x24 0x42 0x3B 0x33 0x45 0x44 0x20 0x42 0x40 0x4F 0x3A 0x1B 0x28 0x42"));
        assertThat(JAPANESE.decode(encoded, 0, encoded.length, VR.PN)).isEqualTo("山田 太郎");
    }

    @Test
    void g1SetsSwitchWithinOneValueAndReturnToValue1AtTheEnd() {
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("ISO 2022 IR 100", "ISO 2022 IR 144"));
        byte[] encoded = cs.encode("Müller Иван", VR.LO);
        String latin1 = new String(encoded, StandardCharsets.ISO_8859_1);
        assertThat(latin1).isEqualTo("M\u00FCller \u001B-L" + new String("Иван".getBytes(Charset.forName("ISO-8859-5")),
                StandardCharsets.ISO_8859_1) + "\u001B-A");
        assertThat(cs.decode(encoded, 0, encoded.length, VR.LO)).isEqualTo("Müller Иван");
    }

    @Test
    void jisX0212IsUsedOnlyForWhatJisX0208Lacks() {
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 87", "ISO 2022 IR 159"));
        byte[] encoded = cs.encode("山丂", VR.LO);
        assertThat(encoded).isEqualTo(hex("0x1B 0x24 0x42 0x3B 0x33 0x1B 0x24 0x28 0x44 0x30 0x21 0x1B 0x28 0x42"));
        assertThat(cs.decode(encoded, 0, encoded.length, VR.LO)).isEqualTo("山丂");
    }

    @Test
    void unencodableCharacterIsNamedWithTheDeclaredSets() {
        assertThat(SpecificCharacterSet.DEFAULT.canEncode("Müller", VR.PN)).isFalse();
        assertThatThrownBy(() -> SpecificCharacterSet.of(List.of("ISO_IR 100"))
                .encode("Иван", VR.PN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0418")
                .hasMessageContaining("index 0")
                .hasMessageContaining("ISO_IR 100")
                .hasMessageContaining("ISO-IR 100");
        assertThatThrownBy(() -> SpecificCharacterSet.of(List.of("GBK"))
                .encode("A😀", VR.LO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+1F600")
                .hasMessageContaining("index 1");
        assertThatThrownBy(() -> JAPANESE.encode("a\u001Bb", VR.LT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+001B");
    }
}
