package org.dicomharness.dicom.charset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dicomharness.dicom.charset.StandardBytes.columnRow;
import static org.dicomharness.dicom.charset.StandardBytes.hex;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of PS3.5 Annexes H (Japanese), I (Korean), J (Chinese, UTF-8 and GB18030) and K (Chinese,
 * GB 2312 with code extensions): the byte strings are copied from the standard's text, in its notation, and must
 * decode to the characters it shows and encode back to exactly those bytes.
 */
class AnnexExamplesTest {

    /** PS3.5 Example H.3-1: (0008,0005) \ISO 2022 IR 87. */
    @Test
    void japaneseWithDefaultRepertoireAsValue1() {
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 87"));
        String name = "Yamada^Tarou=山田^太郎=やまだ^たろう";
        byte[] encoded = columnRow("05/09 06/01 06/13 06/01 06/04 06/01 05/14 05/04 06/01 07/02 06/15 07/05 03/13 "
                + "01/11 02/04 04/02 03/11 03/03 04/05 04/04 01/11 02/08 04/02 05/14 01/11 02/04 04/02 04/02 04/00 "
                + "04/15 03/10 01/11 02/08 04/02 03/13 01/11 02/04 04/02 02/04 06/04 02/04 05/14 02/04 04/00 01/11 "
                + "02/08 04/02 05/14 01/11 02/04 04/02 02/04 03/15 02/04 06/13 02/04 02/06 01/11 02/08 04/02");

        assertDecodesCleanly(cs, encoded, VR.PN, name);
        assertThat(cs.encode(name, VR.PN)).isEqualTo(encoded);
    }

    /** PS3.5 Example H.3-2: (0008,0005) ISO 2022 IR 13\ISO 2022 IR 87, half-width katakana in G1. */
    @Test
    void japaneseWithKatakanaAsValue1() {
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("ISO 2022 IR 13", "ISO 2022 IR 87"));
        String name = "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう";
        byte[] encoded = columnRow("13/04 12/15 12/00 13/14 05/14 12/00 13/11 11/03 03/13 01/11 02/04 04/02 03/11 "
                + "03/03 04/05 04/04 01/11 02/08 04/10 05/14 01/11 02/04 04/02 04/02 04/00 04/15 03/10 01/11 02/08 "
                + "04/10 03/13 01/11 02/04 04/02 02/04 06/04 02/04 05/14 02/04 04/00 01/11 02/08 04/10 05/14 01/11 "
                + "02/04 04/02 02/04 03/15 02/04 06/13 02/04 02/06 01/11 02/08 04/10");

        assertDecodesCleanly(cs, encoded, VR.PN, name);
        assertThat(cs.encode(name, VR.PN)).isEqualTo(encoded);
    }

    /** PS3.5 Example I.2-1: (0008,0005) \ISO 2022 IR 149, KS X 1001 designated again after each delimiter. */
    @Test
    void koreanPersonName() {
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 149"));
        String name = "Hong^Gildong=洪^吉洞=홍^길동";
        byte[] encoded = columnRow("04/08 06/15 06/14 06/07 05/14 04/07 06/09 06/12 06/04 06/15 06/14 06/07 03/13 "
                + "01/11 02/04 02/09 04/03 15/11 15/03 05/14 01/11 02/04 02/09 04/03 13/01 12/14 13/04 13/07 03/13 "
                + "01/11 02/04 02/09 04/03 12/08 10/11 05/14 01/11 02/04 02/09 04/03 11/01 14/06 11/05 11/15");

        assertDecodesCleanly(cs, encoded, VR.PN, name);
        assertThat(cs.encode(name, VR.PN)).isEqualTo(encoded);
    }

    /**
     * PS3.5 Example I.3-1 designates KS X 1001 at the head of each line of an LT value; after each CR LF the
     * decoder is back in value 1's state and needs (and gets) the new designation.
     */
    @Test
    void koreanLongTextWithDesignationPerLine() {
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 149"));
        byte[] esc = columnRow("01/11 02/04 02/09 04/03");
        byte[] hangeul = hex("0xC7 0xD1 0xB1 0xDB"); // 한글 in KS X 1001 (row 39 col 49, row 17 col 59)
        byte[] value = concat(esc, ascii("The first line includes "), hangeul, ascii(".\r\n"), esc,
                ascii("The second line includes "), hangeul, ascii(", too.\r\nThe third line"));
        String text = "The first line includes 한글.\r\nThe second line includes 한글, too.\r\nThe third line";

        assertDecodesCleanly(cs, value, VR.LT, text);
        // Ours designates just before the first Hangul character instead of at the head of the line: same text.
        assertDecodesCleanly(cs, cs.encode(text, VR.LT), VR.LT, text);
    }

    /** PS3.5 Example J.1-1 (as given in editions up to 2019e as J.1): UTF-8. */
    @Test
    void chineseInUtf8() {
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("ISO_IR 192"));
        String name = "Wang^XiaoDong=王^小東=";
        byte[] encoded = hex("0x57 0x61 0x6e 0x67 0x5e 0x58 0x69 0x61 0x6f 0x44 0x6f 0x6e 0x67 0x3d 0xe7 0x8e 0x8b "
                + "0x5e 0xe5 0xb0 0x8f 0xe6 0x9d 0xb1 0x3d");

        assertDecodesCleanly(cs, encoded, VR.PN, name);
        assertThat(cs.encode(name, VR.PN)).isEqualTo(encoded);
    }

    /** PS3.5 Example J.3-1: GB18030. */
    @Test
    void chineseInGb18030() {
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("GB18030"));
        String name = "Wang^XiaoDong=王^小东=";
        byte[] encoded = hex("0x57 0x61 0x6e 0x67 0x5e 0x58 0x69 0x61 0x6f 0x44 0x6f 0x6e 0x67 0x3d 0xcd 0xf5 0x5e "
                + "0xd0 0xa1 0xb6 0xab 0x3d");

        assertDecodesCleanly(cs, encoded, VR.PN, name);
        assertThat(cs.encode(name, VR.PN)).isEqualTo(encoded);
    }

    /**
     * PS3.5 Example K.2-1: \ISO 2022 IR 58, GB 2312 in G1. The standard's bytes end with the padding SPACE of an
     * odd-length value (PS3.5 6.2), which is not part of the name.
     */
    @Test
    void chineseWithIsoIr58() {
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 58"));
        String name = "Zhang^XiaoDong=张^小东=";
        byte[] valueField = hex("0x5A 0x68 0x61 0x6E 0x67 0x5E 0x58 0x69 0x61 0x6F 0x44 0x6F 0x6E 0x67 0x3D 0x1B "
                + "0x24 0x29 0x41 0xD5 0xC5 0x5E 0x1B 0x24 0x29 0x41 0xD0 0xA1 0xB6 0xAB 0x3D 0x20");

        assertDecodesCleanly(cs, valueField, VR.PN, name + " ");
        byte[] encoded = cs.encode(name, VR.PN);
        assertThat(encoded).hasSize(valueField.length - 1);
        assertThat(concat(encoded, ascii(" "))).isEqualTo(valueField);
    }

    /**
     * PS3.5 Example K.3-1: an LT value whose lines each designate GB 2312 and go back to ASCII with ESC 02/08 04/02
     * before CR LF (G0 never left ASCII, so that escape is redundant and ours leaves it out).
     */
    @Test
    void chineseLongTextWithIsoIr58() {
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 58"));
        byte[] valueField = hex("0x31 0x2e 0x1B 0x24 0x29 0x41 0xB5 0xDA 0xD2 0xBB 0xD0 0xD0 0xCE 0xC4 0xD7 0xD6 "
                + "0xA1 0xA3 0x1B 0x28 0x42 0x0D 0x0A 0x32 0x2e 0x1B 0x24 0x29 0x41 0xB5 0xDA 0xB6 0xFE 0xD0 0xD0 "
                + "0xCE 0xC4 0xD7 0xD6 0xA1 0xA3 0x1B 0x28 0x42 0x0D 0x0A 0x33 0x2e 0x1B 0x24 0x29 0x41 0xB5 0xDA "
                + "0xC8 0xFD 0xD0 0xD0 0xCE 0xC4 0xD7 0xD6 0xA1 0xA3 0x1B 0x28 0x42 0x0D 0x0A 0x20");
        String text = "1.第一行文字。\r\n2.第二行文字。\r\n3.第三行文字。\r\n ";

        assertDecodesCleanly(cs, valueField, VR.LT, text);
        assertDecodesCleanly(cs, cs.encode(text, VR.LT), VR.LT, text);
    }

    private static void assertDecodesCleanly(SpecificCharacterSet cs, byte[] bytes, VR vr, String expected) {
        DecodedText decoded = cs.decodeChecked(bytes, 0, bytes.length, vr);
        assertThat(decoded.issues()).isEmpty();
        assertThat(decoded.text()).isEqualTo(expected);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int pos = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, pos, p.length);
            pos += p.length;
        }
        return out;
    }
}
