package org.dicomharness.dicom.charset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Encodes one textual value with the code elements Specific Character Set declares, switching between them with
 * their escape sequences (PS3.5 6.1.2.5) the way PS3.5 Annexes H, I and K show:
 * <ul>
 * <li>each character goes to the set already invoked if it has it, else to the initial sets of value 1, else to
 * the first declared set that has it, designated with its escape sequence just before the character;</li>
 * <li>before every delimiter and at the end of the value the sets of value 1 are made active again (PS3.5
 * 6.1.2.5.3), with an escape sequence when value 1 has one for that code element. Value 1 of
 * {@code \ISO 2022 IR 149} designates nothing to G1, so nothing is written for G1 but the state still returns to
 * it, and KS X 1001 is designated again after each delimiter, as Annex I does.</li>
 * </ul>
 * An encoder holds per-value state: use one per value, on one thread.
 */
final class Iso2022Encoder {

    private final CodeElement initialG0;
    private final CodeElement initialG1;
    private final List<CodeElement> declared;
    private final ValueDelimiters delimiters;
    private final String charsetName;
    private final Map<Charset, CharsetEncoder> encoders = new HashMap<>();

    private CodeElement g0;
    private CodeElement g1;

    Iso2022Encoder(CodeElement initialG0, CodeElement initialG1, List<CodeElement> declared,
            ValueDelimiters delimiters, String charsetName) {
        this.initialG0 = initialG0;
        this.initialG1 = initialG1;
        this.declared = List.copyOf(declared);
        this.delimiters = delimiters;
        this.charsetName = charsetName;
    }

    /**
     * The bytes of {@code text}.
     *
     * @throws IllegalArgumentException naming the first character no declared code element contains
     */
    byte[] encode(String text) {
        g0 = initialG0;
        g1 = initialG1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (delimiters.isDelimiter(cp)) {
                returnToInitial(out);
                out.write(cp);
            } else if (cp == ' ' || cp == 0x7F) {
                out.write(cp); // not part of any 94-character set: valid whatever G0 holds (PS3.5 H.2)
            } else {
                writeCharacter(text, i, cp, out);
            }
            i += Character.charCount(cp);
        }
        returnToInitial(out);
        return out.toByteArray();
    }

    private void writeCharacter(String text, int index, int cp, ByteArrayOutputStream out) {
        String ch = new String(Character.toChars(cp));
        for (CodeElement candidate : candidates()) {
            byte[] bytes = candidate.encode(ch, encoderFor(candidate.charset()));
            if (bytes != null && !readsAsDelimiter(candidate, bytes)) {
                designate(candidate, out);
                out.writeBytes(bytes);
                return;
            }
        }
        throw new IllegalArgumentException(String.format("character '%s' (U+%04X) at index %d cannot be encoded "
                + "with Specific Character Set '%s': none of its code elements %s contains it (PS3.5 6.1.2.4)",
                ch, cp, index, charsetName, declared));
    }

    /**
     * A single GL byte that a decoder would take for a delimiter of this VR, such as the YEN SIGN of JIS X 0201
     * romaji at 05/12 in a multi-valued VR (PS3.5 H.1.1, note 3): not a way to write the character.
     */
    private boolean readsAsDelimiter(CodeElement element, byte[] bytes) {
        return element.slot() == CodeElement.Slot.G0 && bytes.length == 1 && delimiters.isDelimiterByte(bytes[0]);
    }

    /** The sets already invoked first (no escape needed), then value 1's, then the others in declared order. */
    private Set<CodeElement> candidates() {
        Set<CodeElement> order = new LinkedHashSet<>();
        order.add(g0);
        if (g1 != null) {
            order.add(g1);
        }
        order.add(initialG0);
        if (initialG1 != null) {
            order.add(initialG1);
        }
        order.addAll(declared);
        return order;
    }

    private void designate(CodeElement element, ByteArrayOutputStream out) {
        if (element.slot() == CodeElement.Slot.G0) {
            if (g0 != element) {
                out.writeBytes(escapeBytes(element));
                g0 = element;
            }
        } else if (g1 != element) {
            out.writeBytes(escapeBytes(element));
            g1 = element;
        }
    }

    /** PS3.5 6.1.2.5.3: value 1's character set is active before delimiters and at the end of the value. */
    private void returnToInitial(ByteArrayOutputStream out) {
        if (g0 != initialG0) {
            out.writeBytes(escapeBytes(initialG0));
        }
        if (g1 != initialG1 && initialG1 != null) {
            out.writeBytes(escapeBytes(initialG1));
        }
        g0 = initialG0;
        g1 = initialG1;
    }

    private static byte[] escapeBytes(CodeElement element) {
        String seq = element.escapeSequence();
        byte[] bytes = new byte[seq.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) seq.charAt(i);
        }
        return bytes;
    }

    private CharsetEncoder encoderFor(Charset charset) {
        return encoders.computeIfAbsent(charset, c -> c.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
