package org.dicomharness.dicom.charset;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes one textual value encoded with ISO/IEC 2022 code extensions as DICOM uses them (PS3.5 6.1.2.5): G0 in GL
 * and G1 in GR, no locking or single shifts, sets switched only by designating escape sequences. Also decodes the
 * single-byte sets of Table C.12-2, which are the same machine without the switching.
 *
 * <p>The state starts from value 1 of Specific Character Set and returns to it after every delimiter (PS3.5
 * 6.1.2.5.3), which is why an encoder re-designates KS X 1001 after each "^" in PS3.5 Annex I. Which set a byte
 * belongs to is decided by the escape sequences actually present; an escape sequence for a set the attribute does
 * not declare is still obeyed, and reported. Bytes that are not characters of the active set become U+FFFD, and
 * are reported. A decoder holds per-value state: use one per value, on one thread.
 */
final class Iso2022Decoder {

    private static final int ESC = 0x1B;
    private static final char REPLACEMENT = '\uFFFD';

    private final CodeElement initialG0;
    private final CodeElement initialG1;
    private final Set<CodeElement> declared;
    private final ValueDelimiters delimiters;
    private final String charsetName;
    private final Map<Charset, CharsetDecoder> decoders = new HashMap<>();

    private CodeElement g0;
    private CodeElement g1;
    private final List<DecodingIssue> issues = new ArrayList<>();

    Iso2022Decoder(CodeElement initialG0, CodeElement initialG1, Set<CodeElement> declared,
            ValueDelimiters delimiters, String charsetName) {
        this.initialG0 = initialG0;
        this.initialG1 = initialG1;
        this.declared = Set.copyOf(declared);
        this.delimiters = delimiters;
        this.charsetName = charsetName;
    }

    DecodedText decode(byte[] bytes, int offset, int length) {
        g0 = initialG0;
        g1 = initialG1;
        issues.clear();
        StringBuilder out = new StringBuilder(length);
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b == ESC) {
                i = escape(bytes, i, end, offset, out);
            } else if (b < 0x20) {
                out.append((char) b);
                reset(); // PS3.5 6.1.2.5.3: before any control character other than ESC
                i++;
            } else if (b == 0x20 || b == 0x7F) {
                // SPACE and DELETE are not part of a 94-character set: they stay themselves whatever G0 holds
                // (PS3.5 H.2: unlike ISO-2022-JP-2, DICOM needs no escape before a SPACE).
                out.append((char) b);
                i++;
            } else if (b < 0x80) {
                i = graphicLeft(bytes, i, end, offset, out);
            } else if (b < 0xA0) {
                report(i - offset, String.format("byte %02X is a C1 control code, which no DICOM character "
                        + "repertoire contains (PS3.5 6.1.2.3)", b));
                out.append(REPLACEMENT);
                i++;
            } else {
                i = graphicRight(bytes, i, end, offset, out);
            }
        }
        return new DecodedText(out.toString(), issues);
    }

    private void reset() {
        g0 = initialG0;
        g1 = initialG1;
    }

    /** ESC I...I F (ISO/IEC 2022 13.1): intermediates 02/00..02/15, final byte 03/00..07/14. */
    private int escape(byte[] bytes, int i, int end, int base, StringBuilder out) {
        int j = i + 1;
        while (j < end && (bytes[j] & 0xFF) >= 0x20 && (bytes[j] & 0xFF) <= 0x2F) {
            j++;
        }
        if (j >= end || (bytes[j] & 0xFF) < 0x30 || (bytes[j] & 0xFF) > 0x7E) {
            report(i - base, "ESC is not followed by a complete escape sequence (ISO/IEC 2022 13.1)");
            out.append(REPLACEMENT);
            return i + 1;
        }
        StringBuilder seq = new StringBuilder();
        for (int k = i; k <= j; k++) {
            seq.append((char) (bytes[k] & 0xFF));
        }
        CodeElement element = DefinedTerms.byEscapeSequence(seq.toString()).orElse(null);
        if (element == null) {
            report(i - base, "escape sequence " + notation(seq) + " designates no character set of PS3.3 "
                    + "C.12.1.1.2 (PS3.5 6.1.2.5.2: only those escape sequences shall be used)");
            out.append(REPLACEMENT);
            return j + 1;
        }
        if (!declared.contains(element)) {
            report(i - base, "escape sequence " + element.escapeNotation() + " designates " + element.registration()
                    + " (" + element.description() + "), which Specific Character Set '" + charsetName
                    + "' does not declare (PS3.5 6.1.2.4); decoded with it anyway");
        }
        if (element.slot() == CodeElement.Slot.G0) {
            g0 = element;
        } else {
            g1 = element;
        }
        return j + 1;
    }

    private int graphicLeft(byte[] bytes, int i, int end, int base, StringBuilder out) {
        int b = bytes[i] & 0xFF;
        if (g0.bytesPerChar() == 1) {
            if (delimiters.isDelimiterByte(b)) {
                out.append((char) b); // 05/12 is the value delimiter even in JIS X 0201 romaji (PS3.5 H.1.1)
                reset();
                return i + 1;
            }
            return decodeWith(g0, bytes, i, base, out);
        }
        if (i + 1 >= end || !g0.inCodeArea(bytes[i + 1] & 0xFF)) {
            report(i - base, String.format("byte %02X starts a two-byte character of %s in G0 but no second byte "
                    + "follows", b, g0.registration()));
            out.append(REPLACEMENT);
            return i + 1;
        }
        return decodeWith(g0, bytes, i, base, out);
    }

    private int graphicRight(byte[] bytes, int i, int end, int base, StringBuilder out) {
        int b = bytes[i] & 0xFF;
        if (g1 == null) {
            report(i - base, String.format("byte %02X needs a G1 character set, but none is designated here: "
                    + "value 1 of '%s' designates none, and each delimiter returns to value 1 (PS3.5 6.1.2.5.3)",
                    b, charsetName));
            out.append(REPLACEMENT);
            return i + 1;
        }
        if (g1.bytesPerChar() == 2 && (i + 1 >= end || !g1.inCodeArea(bytes[i + 1] & 0xFF))) {
            report(i - base, String.format("byte %02X starts a two-byte character of %s in G1 but no second byte "
                    + "follows", b, g1.registration()));
            out.append(REPLACEMENT);
            return i + 1;
        }
        return decodeWith(g1, bytes, i, base, out);
    }

    private int decodeWith(CodeElement element, byte[] bytes, int i, int base, StringBuilder out) {
        String decoded = element.decode(bytes, i, decoderFor(element.charset()));
        if (decoded == null) {
            StringBuilder hex = new StringBuilder();
            for (int k = 0; k < element.bytesPerChar(); k++) {
                hex.append(String.format("%02X", bytes[i + k] & 0xFF));
            }
            report(i - base, "bytes " + hex + " are no character of " + element.registration() + " ("
                    + element.description() + ") in " + element.slot());
            out.append(REPLACEMENT);
        } else {
            out.append(decoded);
        }
        return i + element.bytesPerChar();
    }

    private CharsetDecoder decoderFor(Charset charset) {
        return decoders.computeIfAbsent(charset, c -> c.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private void report(int offset, String message) {
        issues.add(new DecodingIssue(offset, message));
    }

    private static String notation(CharSequence seq) {
        StringBuilder sb = new StringBuilder("ESC");
        for (int k = 1; k < seq.length(); k++) {
            int b = seq.charAt(k);
            sb.append(String.format(" %02d/%02d", b >> 4, b & 0x0F));
        }
        return sb.toString();
    }
}
