package org.dicomharness.dicom.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;

/**
 * One graphic character set as ISO/IEC 2022 sees it: registered as ISO-IR {@code registration}, designated to
 * G0 (bytes 02/01..07/14, GL) or G1 (bytes 10/00..15/15, GR) by its escape sequence, one or two bytes per
 * character. PS3.3 Tables C.12-3 and C.12-4 list the escape sequences; PS3.5 6.1.2.5 the rules.
 *
 * <p>The bytes of a character are mapped onto a Java charset that contains the set: the Latin, Cyrillic, Arabic,
 * Greek, Hebrew and Thai right halves are the upper halves of ISO 8859-x / TIS-620; JIS X 0208 and JIS X 0212
 * (designated to G0, so in GL) are the two- and three-byte forms of EUC-JP with the high bit set; KS X 1001 and
 * GB 2312 (designated to G1, so in GR) are EUC-KR and EUC-CN unchanged. Which of these applies is {@link ByteForm}.
 *
 * @param registration   the ISO-IR number, e.g. {@code "ISO-IR 87"}
 * @param slot           the code element it is designated to
 * @param bytesPerChar   1 or 2 bytes per character in the DICOM byte stream
 * @param escapeSequence the designating escape sequence, ESC included
 * @param charset        the Java charset holding the repertoire
 * @param form           how the stream bytes map onto {@code charset}'s bytes
 * @param description    what the set is, for messages
 */
public record CodeElement(String registration, Slot slot, int bytesPerChar, String escapeSequence, Charset charset,
        ByteForm form, String description) {

    /** The code elements DICOM uses (PS3.5 6.1.2.5.1: G2 and G3 are not used). */
    public enum Slot {
        /** Left half of the code table, bytes 02/01 to 07/14. */
        G0,
        /** Right half of the code table, bytes 10/00 to 15/15, invoked into GR. */
        G1
    }

    /** How a character's bytes in the DICOM stream relate to the bytes of the Java charset. */
    public enum ByteForm {
        /** The same bytes (ASCII in G0; ISO 8859 / TIS-620 / JIS X 0201 katakana / EUC-KR / EUC-CN in G1). */
        SAME,
        /** Two GL bytes; EUC-JP has them with the high bit set (JIS X 0208). */
        HIGH_BIT_SET,
        /** Two GL bytes; EUC-JP prefixes SS3 (08/15) and sets the high bit (JIS X 0212). */
        SS3_HIGH_BIT_SET,
        /** ISO 646 Japanese romaji (ISO-IR 14): ASCII except 05/12 YEN SIGN and 07/14 OVERLINE (PS3.5 H.1.1). */
        ISO646_JAPANESE
    }

    private static final char YEN_SIGN = '\u00A5';
    private static final char OVERLINE = '\u203E';

    public CodeElement {
        if (bytesPerChar != 1 && bytesPerChar != 2) {
            throw new IllegalArgumentException(registration + ": bytes per character must be 1 or 2");
        }
        if (escapeSequence.isEmpty() || escapeSequence.charAt(0) != 0x1B) {
            throw new IllegalArgumentException(registration + ": an escape sequence starts with ESC");
        }
    }

    /** Whether {@code b} lies in the half of the code table this element occupies (PS3.5 6.1.2.5.1). */
    public boolean inCodeArea(int b) {
        return slot == Slot.G0 ? b >= 0x21 && b <= 0x7E : b >= 0xA0 && b <= 0xFF;
    }

    /**
     * Decodes the character whose {@link #bytesPerChar} bytes start at {@code off}; {@code null} when the bytes
     * are not a character of this set. The caller has checked that the bytes lie in {@link #inCodeArea}.
     */
    public String decode(byte[] src, int off, CharsetDecoder decoder) {
        int b0 = src[off] & 0xFF;
        if (form == ByteForm.ISO646_JAPANESE) {
            return b0 == 0x5C ? String.valueOf(YEN_SIGN) : b0 == 0x7E ? String.valueOf(OVERLINE)
                    : String.valueOf((char) b0);
        }
        byte[] javaBytes = switch (form) {
            case SAME -> bytesPerChar == 1 ? new byte[] {src[off]} : new byte[] {src[off], src[off + 1]};
            case HIGH_BIT_SET -> new byte[] {(byte) (src[off] | 0x80), (byte) (src[off + 1] | 0x80)};
            case SS3_HIGH_BIT_SET -> new byte[] {(byte) 0x8F, (byte) (src[off] | 0x80), (byte) (src[off + 1] | 0x80)};
            case ISO646_JAPANESE -> throw new IllegalStateException("handled above");
        };
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(javaBytes));
            return chars.length() == 0 ? null : chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The bytes this set gives the character {@code text} (one code point) in the DICOM stream, or {@code null}
     * when the set does not contain it. Characters a Java charset puts outside this element's code area (ASCII
     * letters of ISO 8859-1, half-width katakana of EUC-JP) are not part of this element.
     */
    public byte[] encode(String text, CharsetEncoder encoder) {
        if (form == ByteForm.ISO646_JAPANESE) {
            return encodeIso646Japanese(text);
        }
        byte[] javaBytes;
        try {
            ByteBuffer buf = encoder.reset().encode(CharBuffer.wrap(text));
            javaBytes = new byte[buf.remaining()];
            buf.get(javaBytes);
        } catch (CharacterCodingException e) {
            return null;
        }
        return switch (form) {
            case SAME -> javaBytes.length == bytesPerChar && allInCodeArea(javaBytes, 0) ? javaBytes : null;
            case HIGH_BIT_SET -> javaBytes.length == 2 && isEucPair(javaBytes, 0)
                    ? new byte[] {(byte) (javaBytes[0] & 0x7F), (byte) (javaBytes[1] & 0x7F)} : null;
            case SS3_HIGH_BIT_SET -> javaBytes.length == 3 && (javaBytes[0] & 0xFF) == 0x8F && isEucPair(javaBytes, 1)
                    ? new byte[] {(byte) (javaBytes[1] & 0x7F), (byte) (javaBytes[2] & 0x7F)} : null;
            case ISO646_JAPANESE -> throw new IllegalStateException("handled above");
        };
    }

    private boolean allInCodeArea(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (!inCodeArea(bytes[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEucPair(byte[] bytes, int off) {
        int a = bytes[off] & 0xFF;
        int b = bytes[off + 1] & 0xFF;
        return a >= 0xA1 && a <= 0xFE && b >= 0xA1 && b <= 0xFE;
    }

    private static byte[] encodeIso646Japanese(String text) {
        if (text.length() != 1) {
            return null;
        }
        char c = text.charAt(0);
        if (c == YEN_SIGN) {
            return new byte[] {0x5C};
        }
        if (c == OVERLINE) {
            return new byte[] {0x7E};
        }
        if (c >= 0x21 && c <= 0x7E && c != '\\' && c != '~') {
            return new byte[] {(byte) c};
        }
        return null;
    }

    /** The escape sequence written as PS3.5 writes it in its examples, e.g. {@code ESC 02/04 02/09 04/03}. */
    public String escapeNotation() {
        StringBuilder sb = new StringBuilder("ESC");
        for (int i = 1; i < escapeSequence.length(); i++) {
            int b = escapeSequence.charAt(i);
            sb.append(String.format(" %02d/%02d", b >> 4, b & 0x0F));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return registration + " (" + description + ") in " + slot;
    }
}
