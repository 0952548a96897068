package org.dicomharness.dicom.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dicomharness.dicom.charset.CodeElement.ByteForm;
import org.dicomharness.dicom.charset.CodeElement.Slot;
import org.dicomharness.dicom.charset.DefinedTerm.Table;

/**
 * The Defined Terms of Specific Character Set (0008,0005): PS3.3 C.12.1.1.2, Tables C.12-2 to C.12-5, with the
 * ISO-IR registrations and escape sequences those tables give. Immutable.
 */
public final class DefinedTerms {

    private static final String ESC = "\u001B";

    // PS3.3 Table C.12-3 / C.12-4 "ESC sequence" column; PS3.5 Tables H.1-1, H.1-2 for the Japanese sets.
    /** ISO-IR 6, ISO 646 (ASCII), G0: ESC 02/08 04/02. */
    public static final CodeElement IR_6 = element("ISO-IR 6", Slot.G0, 1, "(B", "US-ASCII", ByteForm.SAME,
            "ISO 646");
    /** ISO-IR 14, JIS X 0201 romaji, G0: ESC 02/08 04/10. */
    public static final CodeElement IR_14 = element("ISO-IR 14", Slot.G0, 1, "(J", "US-ASCII",
            ByteForm.ISO646_JAPANESE, "JIS X 0201 romaji");
    /** ISO-IR 13, JIS X 0201 katakana, G1: ESC 02/09 04/09. */
    public static final CodeElement IR_13 = element("ISO-IR 13", Slot.G1, 1, ")I", "JIS_X0201", ByteForm.SAME,
            "JIS X 0201 katakana");
    public static final CodeElement IR_100 = g1Latin("ISO-IR 100", "A", "ISO-8859-1", "Latin alphabet No. 1");
    public static final CodeElement IR_101 = g1Latin("ISO-IR 101", "B", "ISO-8859-2", "Latin alphabet No. 2");
    public static final CodeElement IR_109 = g1Latin("ISO-IR 109", "C", "ISO-8859-3", "Latin alphabet No. 3");
    public static final CodeElement IR_110 = g1Latin("ISO-IR 110", "D", "ISO-8859-4", "Latin alphabet No. 4");
    public static final CodeElement IR_144 = g1Latin("ISO-IR 144", "L", "ISO-8859-5", "Cyrillic");
    public static final CodeElement IR_127 = g1Latin("ISO-IR 127", "G", "ISO-8859-6", "Arabic");
    public static final CodeElement IR_126 = g1Latin("ISO-IR 126", "F", "ISO-8859-7", "Greek");
    public static final CodeElement IR_138 = g1Latin("ISO-IR 138", "H", "ISO-8859-8", "Hebrew");
    public static final CodeElement IR_148 = g1Latin("ISO-IR 148", "M", "ISO-8859-9", "Latin alphabet No. 5");
    public static final CodeElement IR_203 = g1Latin("ISO-IR 203", "b", "ISO-8859-15", "Latin alphabet No. 9");
    public static final CodeElement IR_166 = g1Latin("ISO-IR 166", "T", "TIS-620", "TIS 620-2533 (Thai)");
    /** ISO-IR 87, JIS X 0208 kanji, hiragana, katakana, G0: ESC 02/04 04/02. */
    public static final CodeElement IR_87 = element("ISO-IR 87", Slot.G0, 2, "$B", "EUC-JP", ByteForm.HIGH_BIT_SET,
            "JIS X 0208");
    /** ISO-IR 159, JIS X 0212 supplementary kanji, G0: ESC 02/04 02/08 04/04. */
    public static final CodeElement IR_159 = element("ISO-IR 159", Slot.G0, 2, "$(D", "EUC-JP",
            ByteForm.SS3_HIGH_BIT_SET, "JIS X 0212");
    /** ISO-IR 149, KS X 1001 Hangul and Hanja, G1: ESC 02/04 02/09 04/03. */
    public static final CodeElement IR_149 = element("ISO-IR 149", Slot.G1, 2, "$)C", "EUC-KR", ByteForm.SAME,
            "KS X 1001");
    /** ISO-IR 58, GB 2312 simplified Chinese, G1: ESC 02/04 02/09 04/01. */
    public static final CodeElement IR_58 = element("ISO-IR 58", Slot.G1, 2, "$)A", "GB2312", ByteForm.SAME,
            "GB 2312");

    private static final Map<String, DefinedTerm> TERMS = buildTerms();
    private static final Map<String, CodeElement> BY_ESCAPE = buildEscapes();

    private DefinedTerms() {
    }

    /** The Defined Term spelled exactly {@code term} (the empty string is the default repertoire). */
    public static Optional<DefinedTerm> lookup(String term) {
        return Optional.ofNullable(TERMS.get(term));
    }

    /** Every Defined Term, in the order of PS3.3 Tables C.12-2 to C.12-5. */
    public static List<DefinedTerm> all() {
        return List.copyOf(TERMS.values());
    }

    /** The code element an escape sequence (ESC included) designates, among all those of PS3.3 C.12.1.1.2. */
    public static Optional<CodeElement> byEscapeSequence(String escapeSequence) {
        return Optional.ofNullable(BY_ESCAPE.get(escapeSequence));
    }

    private static Map<String, DefinedTerm> buildTerms() {
        Map<String, DefinedTerm> m = new LinkedHashMap<>();
        // Table C.12-2: without code extensions; value 1 gives both G0 and G1 (ISO-IR 6 in G0 except for ISO_IR 13).
        add(m, "", Table.SINGLE_BYTE, "Default repertoire", IR_6, null, null);
        add(m, "ISO_IR 100", Table.SINGLE_BYTE, "Latin alphabet No. 1", IR_6, IR_100, null);
        add(m, "ISO_IR 101", Table.SINGLE_BYTE, "Latin alphabet No. 2", IR_6, IR_101, null);
        add(m, "ISO_IR 109", Table.SINGLE_BYTE, "Latin alphabet No. 3", IR_6, IR_109, null);
        add(m, "ISO_IR 110", Table.SINGLE_BYTE, "Latin alphabet No. 4", IR_6, IR_110, null);
        add(m, "ISO_IR 144", Table.SINGLE_BYTE, "Cyrillic", IR_6, IR_144, null);
        add(m, "ISO_IR 127", Table.SINGLE_BYTE, "Arabic", IR_6, IR_127, null);
        add(m, "ISO_IR 126", Table.SINGLE_BYTE, "Greek", IR_6, IR_126, null);
        add(m, "ISO_IR 138", Table.SINGLE_BYTE, "Hebrew", IR_6, IR_138, null);
        add(m, "ISO_IR 148", Table.SINGLE_BYTE, "Latin alphabet No. 5", IR_6, IR_148, null);
        add(m, "ISO_IR 203", Table.SINGLE_BYTE, "Latin alphabet No. 9", IR_6, IR_203, null);
        add(m, "ISO_IR 13", Table.SINGLE_BYTE, "Japanese", IR_14, IR_13, null);
        add(m, "ISO_IR 166", Table.SINGLE_BYTE, "Thai", IR_6, IR_166, null);
        // Table C.12-3: with code extensions, values 1 to n.
        add(m, "ISO 2022 IR 6", Table.SINGLE_BYTE_EXTENSIONS, "Default repertoire", IR_6, null, null);
        add(m, "ISO 2022 IR 100", Table.SINGLE_BYTE_EXTENSIONS, "Latin alphabet No. 1", IR_6, IR_100, null);
        add(m, "ISO 2022 IR 101", Table.SINGLE_BYTE_EXTENSIONS, "Latin alphabet No. 2", IR_6, IR_101, null);
        add(m, "ISO 2022 IR 109", Table.SINGLE_BYTE_EXTENSIONS, "Latin alphabet No. 3", IR_6, IR_109, null);
        add(m, "ISO 2022 IR 110", Table.SINGLE_BYTE_EXTENSIONS, "Latin alphabet No. 4", IR_6, IR_110, null);
        add(m, "ISO 2022 IR 144", Table.SINGLE_BYTE_EXTENSIONS, "Cyrillic", IR_6, IR_144, null);
        add(m, "ISO 2022 IR 127", Table.SINGLE_BYTE_EXTENSIONS, "Arabic", IR_6, IR_127, null);
        add(m, "ISO 2022 IR 126", Table.SINGLE_BYTE_EXTENSIONS, "Greek", IR_6, IR_126, null);
        add(m, "ISO 2022 IR 138", Table.SINGLE_BYTE_EXTENSIONS, "Hebrew", IR_6, IR_138, null);
        add(m, "ISO 2022 IR 148", Table.SINGLE_BYTE_EXTENSIONS, "Latin alphabet No. 5", IR_6, IR_148, null);
        add(m, "ISO 2022 IR 203", Table.SINGLE_BYTE_EXTENSIONS, "Latin alphabet No. 9", IR_6, IR_203, null);
        add(m, "ISO 2022 IR 13", Table.SINGLE_BYTE_EXTENSIONS, "Japanese", IR_14, IR_13, null);
        add(m, "ISO 2022 IR 166", Table.SINGLE_BYTE_EXTENSIONS, "Thai", IR_6, IR_166, null);
        // Table C.12-4: multi-byte with code extensions, values 2 to n.
        add(m, "ISO 2022 IR 87", Table.MULTI_BYTE_EXTENSIONS, "Japanese", IR_87, null, null);
        add(m, "ISO 2022 IR 159", Table.MULTI_BYTE_EXTENSIONS, "Japanese", IR_159, null, null);
        add(m, "ISO 2022 IR 149", Table.MULTI_BYTE_EXTENSIONS, "Korean", null, IR_149, null);
        add(m, "ISO 2022 IR 58", Table.MULTI_BYTE_EXTENSIONS, "Simplified Chinese", null, IR_58, null);
        // Table C.12-5: multi-byte without code extensions, the only value.
        add(m, "ISO_IR 192", Table.MULTI_BYTE, "Unicode in UTF-8", null, null, StandardCharsets.UTF_8);
        add(m, "GB18030", Table.MULTI_BYTE, "GB18030", null, null, Charset.forName("GB18030"));
        add(m, "GBK", Table.MULTI_BYTE, "GBK", null, null, Charset.forName("GBK"));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, CodeElement> buildEscapes() {
        Map<String, CodeElement> m = new LinkedHashMap<>();
        List<CodeElement> elements = new ArrayList<>();
        for (DefinedTerm t : TERMS.values()) {
            if (t.g0() != null) {
                elements.add(t.g0());
            }
            if (t.g1() != null) {
                elements.add(t.g1());
            }
        }
        for (CodeElement e : elements) {
            m.putIfAbsent(e.escapeSequence(), e);
        }
        return Collections.unmodifiableMap(m);
    }

    private static void add(Map<String, DefinedTerm> m, String term, Table table, String description,
            CodeElement g0, CodeElement g1, Charset charset) {
        m.put(term, new DefinedTerm(term, table, description, g0, g1, charset));
    }

    /** A 96-character set designated to G1 with ESC 02/13 F (G1-DESIGNATE 96-SET, ISO/IEC 2022 14.2.2). */
    private static CodeElement g1Latin(String registration, String finalByte, String charset, String description) {
        return element(registration, Slot.G1, 1, "-" + finalByte, charset, ByteForm.SAME, description);
    }

    private static CodeElement element(String registration, Slot slot, int bytesPerChar, String escapeTail,
            String charset, ByteForm form, String description) {
        return new CodeElement(registration, slot, bytesPerChar, ESC + escapeTail, Charset.forName(charset), form,
                description);
    }
}
