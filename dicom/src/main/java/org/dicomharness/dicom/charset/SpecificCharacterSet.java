package org.dicomharness.dicom.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The character repertoires named by Specific Character Set (0008,0005), PS3.5 6.1 and PS3.3 C.12.1.1.2.
 * Decodes and encodes the values of the VRs whose repertoire it governs (SH, LO, ST, LT, UC, UT, PN).
 */
public final class SpecificCharacterSet {

    /** The default repertoire (ISO IR 6, ASCII) used when Specific Character Set is absent or empty. */
    public static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet(List.of(), StandardCharsets.ISO_8859_1);

    private final List<String> definedTerms;
    private final Charset charset;

    private SpecificCharacterSet(List<String> definedTerms, Charset charset) {
        this.definedTerms = List.copyOf(definedTerms);
        this.charset = charset;
    }

    /**
     * The character set named by the values of Specific Character Set.
     *
     * @throws IllegalArgumentException when a defined term is not one of PS3.3 C.12.1.1.2
     */
    public static SpecificCharacterSet of(List<String> definedTerms) {
        if (definedTerms.isEmpty() || definedTerms.stream().allMatch(String::isBlank)) {
            return DEFAULT;
        }
        String first = definedTerms.get(0).strip();
        Charset cs = switch (first) {
            case "", "ISO_IR 6", "ISO 2022 IR 6" -> StandardCharsets.ISO_8859_1;
            case "ISO_IR 100", "ISO 2022 IR 100" -> StandardCharsets.ISO_8859_1;
            case "ISO_IR 192" -> StandardCharsets.UTF_8;
            case "GB18030" -> Charset.forName("GB18030");
            case "GBK" -> Charset.forName("GBK");
            default -> throw new IllegalArgumentException("Specific Character Set '" + first
                    + "' is not a defined term of PS3.3 C.12.1.1.2");
        };
        return new SpecificCharacterSet(definedTerms, cs);
    }

    public List<String> definedTerms() {
        return definedTerms;
    }

    public String decode(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, charset);
    }

    public byte[] encode(String text) {
        return text.getBytes(charset);
    }

    @Override
    public String toString() {
        return definedTerms.isEmpty() ? "default repertoire" : String.join("\\", definedTerms);
    }
}
