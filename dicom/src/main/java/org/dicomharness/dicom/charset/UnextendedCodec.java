package org.dicomharness.dicom.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * The multi-byte character sets of PS3.3 Table C.12-5 (UTF-8, GB18030, GBK), which do not allow code extensions
 * (PS3.5 6.1.2.4, note 3): a value is one run of one encoding, decoded and encoded whole, so a trail byte 05/12 of
 * a GBK character is never mistaken for a value delimiter.
 */
final class UnextendedCodec {

    private final Charset charset;
    private final String charsetName;

    UnextendedCodec(Charset charset, String charsetName) {
        this.charset = charset;
        this.charsetName = charsetName;
    }

    /** Decodes, replacing each malformed or unmappable byte sequence with U+FFFD and reporting it. */
    DecodedText decode(byte[] bytes, int offset, int length) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        StringBuilder text = new StringBuilder(length);
        List<DecodingIssue> issues = new ArrayList<>();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            drain(out, text);
            if (result.isError()) {
                int at = in.position() - offset;
                StringBuilder hex = new StringBuilder();
                for (int k = 0; k < result.length(); k++) {
                    hex.append(String.format("%02X", bytes[in.position() + k] & 0xFF));
                }
                issues.add(new DecodingIssue(at, "bytes " + hex + " are "
                        + (result.isMalformed() ? "not well-formed " : "no character of ") + charset.name()
                        + " (Specific Character Set '" + charsetName + "')"));
                text.append('\uFFFD');
                in.position(in.position() + result.length());
            } else if (result.isUnderflow()) {
                break;
            }
        }
        decoder.flush(out);
        drain(out, text);
        return new DecodedText(text.toString(), issues);
    }

    private static void drain(CharBuffer out, StringBuilder text) {
        out.flip();
        text.append(out);
        out.clear();
    }

    /**
     * Encodes {@code text}.
     *
     * @throws IllegalArgumentException naming the first character the charset lacks
     */
    byte[] encode(String text) {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer buf = encoder.encode(CharBuffer.wrap(text));
            byte[] out = new byte[buf.remaining()];
            buf.get(out);
            return out;
        } catch (CharacterCodingException e) {
            int index = firstUnencodable(text);
            int cp = text.codePointAt(index);
            throw new IllegalArgumentException(String.format("character '%s' (U+%04X) at index %d cannot be encoded "
                    + "with Specific Character Set '%s' (%s)", new String(Character.toChars(cp)), cp, index,
                    charsetName, charset.name()), e);
        }
    }

    private int firstUnencodable(String text) {
        CharsetEncoder encoder = charset.newEncoder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (!encoder.canEncode(text.substring(i, i + n))) {
                return i;
            }
            i += n;
        }
        return 0;
    }
}
