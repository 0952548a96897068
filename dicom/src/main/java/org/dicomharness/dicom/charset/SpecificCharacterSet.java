package org.dicomharness.dicom.charset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.charset.DefinedTerm.Table;

/**
 * The character repertoires named by Specific Character Set (0008,0005), PS3.5 6.1 and PS3.3 C.12.1.1.2.
 * Decodes and encodes the values of the VRs whose repertoire it governs (SH, LO, ST, LT, UC, UT, PN).
 *
 * <p>Single-byte sets (Table C.12-2) put ISO-IR 6 (or JIS X 0201 romaji for ISO_IR 13) in G0 and the set in G1.
 * With code extensions (Tables C.12-3 and C.12-4) value 1 gives the initial G0 and G1 and the escape sequences in
 * the bytes switch between the declared sets (PS3.5 6.1.2.5); see {@link Iso2022Decoder} and
 * {@link Iso2022Encoder}. UTF-8, GB18030 and GBK (Table C.12-5) are decoded whole.
 *
 * <p>Which characters are delimiters depends on the VR (PS3.5 6.1.2.5.3): use the methods taking a {@link VR}.
 * The ones without treat the value as ST/LT/UT text, where only control characters delimit.
 *
 * <p>Instances are immutable and thread-safe; coders are made per call.
 */
public final class SpecificCharacterSet {

    /** The default repertoire (ISO IR 6, ASCII) used when Specific Character Set is absent or empty. */
    public static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet(List.of(),
            new TermResolver.Resolution(List.of(DefinedTerms.lookup("").orElseThrow()), List.of()));

    private final List<String> definedTerms;
    private final List<DefinedTerm> terms;
    private final List<TermCorrection> corrections;
    private final CodeElement initialG0;
    private final CodeElement initialG1;
    private final List<CodeElement> elements;
    private final String name;

    private SpecificCharacterSet(List<String> definedTerms, TermResolver.Resolution resolution) {
        this.definedTerms = List.copyOf(definedTerms);
        this.terms = resolution.terms();
        this.corrections = resolution.corrections();
        DefinedTerm first = terms.get(0);
        this.initialG0 = first.g0();
        this.initialG1 = first.g1();
        Set<CodeElement> all = new LinkedHashSet<>();
        for (DefinedTerm t : terms) {
            if (t.g0() != null) {
                all.add(t.g0());
            }
            if (t.g1() != null) {
                all.add(t.g1());
            }
        }
        this.elements = List.copyOf(all);
        this.name = definedTerms.isEmpty() ? "default repertoire" : String.join("\\", definedTerms);
    }

    /**
     * The character set named by the values of Specific Character Set, which must be Defined Terms standing
     * where PS3.3 C.12.1.1.2 allows them.
     *
     * @throws IllegalArgumentException naming the first value that is not, and the rule it breaks
     */
    public static SpecificCharacterSet of(List<String> definedTerms) {
        if (definedTerms.isEmpty() || definedTerms.stream().allMatch(String::isBlank)) {
            return DEFAULT;
        }
        return new SpecificCharacterSet(definedTerms, TermResolver.resolve(definedTerms, false));
    }

    /**
     * The character set the values most plausibly mean, for reading real-world data: never fails. Misspelled
     * terms are read as the Defined Term they resemble, misplaced ones are moved or dropped, and an unknown
     * value 1 falls back to Latin alphabet No. 1; {@link #corrections()} says what was done, for a diagnostic.
     */
    public static SpecificCharacterSet lenient(List<String> definedTerms) {
        if (definedTerms.isEmpty() || definedTerms.stream().allMatch(String::isBlank)) {
            return DEFAULT;
        }
        return new SpecificCharacterSet(definedTerms, TermResolver.resolve(definedTerms, true));
    }

    /** The values of (0008,0005) as declared. */
    public List<String> definedTerms() {
        return definedTerms;
    }

    /** The Defined Terms used to decode and encode: the declared ones, unless {@link #lenient} corrected them. */
    public List<DefinedTerm> terms() {
        return terms;
    }

    /** What {@link #lenient} changed; empty for {@link #of} and whenever the declared values are correct. */
    public List<TermCorrection> corrections() {
        return corrections;
    }

    /** Whether values may switch character sets with escape sequences (PS3.5 6.1.2.4). */
    public boolean usesCodeExtensions() {
        return terms.size() > 1 || terms.get(0).usesCodeExtensions();
    }

    /** Decodes a value as ST/LT/UT text (see the class comment); undecodable bytes become U+FFFD. */
    public String decode(byte[] bytes, int offset, int length) {
        return decodeChecked(bytes, offset, length, VR.LT).text();
    }

    /** Decodes a value of {@code vr}, whose delimiters reset the code extensions (PS3.5 6.1.2.5.3). */
    public String decode(byte[] bytes, int offset, int length, VR vr) {
        return decodeChecked(bytes, offset, length, vr).text();
    }

    /**
     * Decodes a value of {@code vr} and reports every byte that is not a character of the declared repertoire
     * (decoded as U+FFFD) and every escape sequence to a set (0008,0005) does not declare.
     */
    public DecodedText decodeChecked(byte[] bytes, int offset, int length, VR vr) {
        DefinedTerm first = terms.get(0);
        if (first.table() == Table.MULTI_BYTE) {
            return new UnextendedCodec(first.charset(), name).decode(bytes, offset, length);
        }
        if (initialG0 == DefinedTerms.IR_6 && isPlainAscii(bytes, offset, length)) {
            return new DecodedText(new String(bytes, offset, length, StandardCharsets.US_ASCII),
                    List.of());
        }
        return new Iso2022Decoder(initialG0, initialG1, Set.copyOf(elements), ValueDelimiters.of(vr), name)
                .decode(bytes, offset, length);
    }

    /** Encodes {@code text} as ST/LT/UT text (see the class comment). */
    public byte[] encode(String text) {
        return encode(text, VR.LT);
    }

    /**
     * Encodes a value of {@code vr}: with code extensions, each run of characters in the first declared set that
     * contains it, the initial set active again before each delimiter of the VR and at the end (PS3.5 6.1.2.5.3).
     *
     * @throws IllegalArgumentException naming the first character none of the declared sets contains
     */
    public byte[] encode(String text, VR vr) {
        DefinedTerm first = terms.get(0);
        if (first.table() == Table.MULTI_BYTE) {
            return new UnextendedCodec(first.charset(), name).encode(text);
        }
        return new Iso2022Encoder(initialG0, initialG1, elements, ValueDelimiters.of(vr), name).encode(text);
    }

    /** Whether {@link #encode(String, VR)} would succeed. */
    public boolean canEncode(String text, VR vr) {
        try {
            encode(text, vr);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isPlainAscii(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            int b = bytes[i];
            if (b < 0 || b == 0x1B) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        List<String> shown = new ArrayList<>();
        for (DefinedTerm t : terms) {
            shown.add(t.term());
        }
        String used = String.join("\\", shown);
        return corrections.isEmpty() ? name : name + " (read as " + used + ")";
    }
}
