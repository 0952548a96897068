package org.dicomharness.testdata.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A character-set test case: the Specific Character Set value and a person name in it, with its exact
 * encoded bytes. The ISO 2022 cases follow the examples of PS3.5 Annex H (Japanese, ISO 2022 IR 87) and
 * Annex I (Korean, ISO 2022 IR 149): the escape sequences are written literally, because the harness's
 * own SpecificCharacterSet does not encode ISO 2022 yet.
 *
 * @param id                    file name stem
 * @param specificCharacterSet  the values of (0008,0005)
 * @param patientName           the name as Unicode text
 * @param patientNameBytes      the name as it must appear in the file
 * @param studyDescription      a study description in the same repertoire, as Unicode
 * @param studyDescriptionBytes its encoded bytes
 * @param description           what the case exercises
 */
public record CharacterSetCase(String id, List<String> specificCharacterSet, String patientName,
                               byte[] patientNameBytes, String studyDescription, byte[] studyDescriptionBytes,
                               String description) {

    private static final byte ESC = 0x1B;

    /** Every case, in a fixed order. */
    public static List<CharacterSetCase> all() {
        return List.of(
                single("latin1", "ISO_IR 100", StandardCharsets.ISO_8859_1, "Müller-Lüdenscheidt^Renée^Zoë",
                        "Tête et cou, scanner sans injection",
                        "Latin-1 (ISO 8859-1) accents and umlauts in PN and LO"),
                single("utf8-japanese", "ISO_IR 192", StandardCharsets.UTF_8, "Yamada^Tarou=山田^太郎=やまだ^たろう",
                        "頭部単純ＣＴ", "UTF-8 Japanese: alphabetic, ideographic and phonetic name groups"),
                single("utf8-chinese", "ISO_IR 192", StandardCharsets.UTF_8, "Wang^XiaoDong=王^小東=",
                        "头部 CT 平扫", "UTF-8 Chinese (PS3.5 J.3 style) with an empty phonetic group"),
                single("utf8-korean", "ISO_IR 192", StandardCharsets.UTF_8, "Hong^Gildong=洪^吉洞=홍^길동",
                        "두부 CT 검사", "UTF-8 Korean: Hanja and Hangul groups"),
                iso2022Japanese(),
                iso2022Korean());
    }

    private static CharacterSetCase single(String id, String term, Charset charset, String name, String description,
                                           String what) {
        return new CharacterSetCase(id, List.of(term), name, name.getBytes(charset), description,
                description.getBytes(charset), what);
    }

    /**
     * PS3.5 H.3.1: {@code \ISO 2022 IR 87}; the ideographic and phonetic groups switch to JIS X 0208 with
     * ESC $ B and back to ASCII with ESC ( B before every delimiter.
     */
    static CharacterSetCase iso2022Japanese() {
        String name = "Yamada^Tarou=山田^太郎=やまだ^たろう";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ascii(b, "Yamada^Tarou=");
        jis(b, 0x3B33, 0x4544);
        ascii(b, "^");
        jis(b, 0x4240, 0x4F3A);
        ascii(b, "=");
        jis(b, 0x2464, 0x245E, 0x2440);
        ascii(b, "^");
        jis(b, 0x243F, 0x246D, 0x2426);
        ByteArrayOutputStream d = new ByteArrayOutputStream();
        // 頭部 (JIS 0x462C 0x4974), then ASCII " CT".
        jis(d, 0x462C, 0x4974);
        ascii(d, " CT");
        return new CharacterSetCase("iso2022-japanese", List.of("", "ISO 2022 IR 87"), name, b.toByteArray(),
                "頭部 CT", d.toByteArray(), "ISO 2022 Japanese (PS3.5 H.3.1): JIS X 0208 with escape sequences");
    }

    /**
     * PS3.5 I.2: {@code \ISO 2022 IR 149}; each group holding Korean starts with ESC $ ) C, designating
     * KS X 1001 to G1, and the characters follow in GR (high bit set).
     */
    static CharacterSetCase iso2022Korean() {
        String name = "Hong^Gildong=洪^吉洞=홍^길동";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ascii(b, "Hong^Gildong=");
        ksx(b, 0xFBF3);
        ascii(b, "^");
        ksx(b, 0xD1CE, 0xD4D7);
        ascii(b, "=");
        ksx(b, 0xC8AB);
        ascii(b, "^");
        ksx(b, 0xB1E6, 0xB5BF);
        ByteArrayOutputStream d = new ByteArrayOutputStream();
        // 두부 (KS X 1001 0xB5CE 0xBACE), then ASCII " CT".
        ksx(d, 0xB5CE, 0xBACE);
        ascii(d, " CT");
        return new CharacterSetCase("iso2022-korean", List.of("", "ISO 2022 IR 149"), name, b.toByteArray(),
                "두부 CT", d.toByteArray(), "ISO 2022 Korean (PS3.5 I.2): KS X 1001 in G1 after ESC $ ) C");
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    /** ESC $ B, the two-byte JIS X 0208 codes, ESC ( B. */
    private static void jis(ByteArrayOutputStream out, int... codes) {
        out.writeBytes(new byte[] {ESC, '$', 'B'});
        for (int c : codes) {
            out.write(c >>> 8);
            out.write(c & 0xFF);
        }
        out.writeBytes(new byte[] {ESC, '(', 'B'});
    }

    /** ESC $ ) C, then the two-byte KS X 1001 codes with the high bit set (GR). */
    private static void ksx(ByteArrayOutputStream out, int... codes) {
        out.writeBytes(new byte[] {ESC, '$', ')', 'C'});
        for (int c : codes) {
            out.write(c >>> 8);
            out.write(c & 0xFF);
        }
    }
}
