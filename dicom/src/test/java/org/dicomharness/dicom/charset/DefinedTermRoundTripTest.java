package org.dicomharness.dicom.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.charset.DefinedTerm.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Defined Term of PS3.3 C.12.1.1.2 round-trips a name in its script and its whole repertoire (every
 * position of every code element it designates), alone and, for the ISO 2022 terms, reached by code extensions
 * from the default repertoire.
 */
class DefinedTermRoundTripTest {

    /** A person name in each term's script, written independently of any code table. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("", "Smith^John=Smith^John"),
            Map.entry("IR 100", "Müller^François Ærøskøbing"),
            Map.entry("IR 101", "Dvořák^Łukasz Ślęzak"),
            Map.entry("IR 109", "Ħal Qormi^Ġużeppi"),
            Map.entry("IR 110", "Ģirts^Ķēniņš"),
            Map.entry("IR 144", "Иванов^Пётр"),
            Map.entry("IR 127", "عبد الله^محمد"),
            Map.entry("IR 126", "Παπαδόπουλος^Γιώργος"),
            Map.entry("IR 138", "כהן^משה"),
            Map.entry("IR 148", "Yılmaz^Şükrü"),
            Map.entry("IR 203", "Œuvre^Žofie €"),
            Map.entry("IR 13", "ﾔﾏﾀﾞ^ﾀﾛｳ"),
            Map.entry("IR 166", "สมชาย^ใจดี"),
            Map.entry("IR 6", "Smith^John"),
            Map.entry("IR 87", "Yamada^Tarou=山田^太郎=やまだ^たろう"),
            Map.entry("IR 159", "Tanaka^Kouji=丂^乚"),
            Map.entry("IR 149", "Hong^Gildong=洪^吉洞=홍^길동"),
            Map.entry("IR 58", "Zhang^XiaoDong=张^小东="),
            Map.entry("IR 192", "Müller^Jürgen=王^小東=Иван 😀"),
            Map.entry("GB18030", "Wang^XiaoDong=王^小东=€ 😀"),
            Map.entry("GBK", "Wang^XiaoDong=王^小东=€"));

    static Stream<DefinedTerm> terms() {
        return DefinedTerms.all().stream();
    }

    /** The ISO 2022 terms that designate something beyond the default repertoire. */
    static Stream<DefinedTerm> extensionTerms() {
        return terms().filter(t -> t.usesCodeExtensions() && !t.term().equals("ISO 2022 IR 6"));
    }

    @Test
    void registryHoldsTheDefinedTermsOfTablesC12_2ToC12_5() {
        assertThat(DefinedTerms.all()).extracting(DefinedTerm::term).containsExactly("", "ISO_IR 100",
                "ISO_IR 101", "ISO_IR 109", "ISO_IR 110", "ISO_IR 144", "ISO_IR 127", "ISO_IR 126", "ISO_IR 138",
                "ISO_IR 148", "ISO_IR 203", "ISO_IR 13", "ISO_IR 166", "ISO 2022 IR 6", "ISO 2022 IR 100",
                "ISO 2022 IR 101", "ISO 2022 IR 109", "ISO 2022 IR 110", "ISO 2022 IR 144", "ISO 2022 IR 127",
                "ISO 2022 IR 126", "ISO 2022 IR 138", "ISO 2022 IR 148", "ISO 2022 IR 203", "ISO 2022 IR 13",
                "ISO 2022 IR 166", "ISO 2022 IR 87", "ISO 2022 IR 159", "ISO 2022 IR 149", "ISO 2022 IR 58",
                "ISO_IR 192", "GB18030", "GBK");
    }

    @ParameterizedTest
    @MethodSource("terms")
    void nameRoundTripsAsPersonName(DefinedTerm term) {
        SpecificCharacterSet cs = SpecificCharacterSet.of(declaration(term));
        String name = NAMES.get(key(term));
        byte[] encoded = cs.encode(name, VR.PN);
        DecodedText decoded = cs.decodeChecked(encoded, 0, encoded.length, VR.PN);
        assertThat(decoded.issues()).isEmpty();
        assertThat(decoded.text()).isEqualTo(name);
    }

    @ParameterizedTest
    @MethodSource("terms")
    void wholeRepertoireRoundTripsAsText(DefinedTerm term) {
        SpecificCharacterSet cs = SpecificCharacterSet.of(declaration(term));
        String repertoire = repertoire(term);
        assertThat(repertoire.codePointCount(0, repertoire.length())).isGreaterThan(60);
        byte[] encoded = cs.encode(repertoire, VR.LT);
        DecodedText decoded = cs.decodeChecked(encoded, 0, encoded.length, VR.LT);
        assertThat(decoded.issues()).isEmpty();
        assertThat(decoded.text()).isEqualTo(repertoire);
    }

    /** Reached from the default repertoire as value 2, a set is designated by its own escape sequence. */
    @ParameterizedTest
    @MethodSource("extensionTerms")
    void codeExtensionTermsAreReachedByTheirEscapeSequences(DefinedTerm term) {
        SpecificCharacterSet cs = SpecificCharacterSet.of(List.of("", term.term()));
        CodeElement extension = term.g1() != null ? term.g1() : term.g0();
        String sample = sweep(extension).substring(0, 40);
        byte[] encoded = cs.encode("A" + sample + "^Z", VR.PN);

        String bytes = new String(encoded, StandardCharsets.ISO_8859_1);
        assertThat(bytes).startsWith("A" + extension.escapeSequence());
        // PS3.5 6.1.2.5.3: value 1's ISO-IR 6 is back in G0 before the "^" (value 1 has nothing for G1).
        assertThat(bytes).endsWith(extension.slot() == CodeElement.Slot.G0 ? "\u001B(B^Z" : "^Z");
        assertThat(cs.decodeChecked(encoded, 0, encoded.length, VR.PN).text()).isEqualTo("A" + sample + "^Z");
    }

    private static List<String> declaration(DefinedTerm term) {
        return term.table() == Table.MULTI_BYTE_EXTENSIONS ? List.of("", term.term()) : List.of(term.term());
    }

    private static String key(DefinedTerm term) {
        String t = term.term();
        if (t.isEmpty() || t.startsWith("GB")) {
            return t;
        }
        return t.substring(t.indexOf("IR "));
    }

    /** Every character of every code element the term designates; a sample of Unicode for Table C.12-5. */
    private static String repertoire(DefinedTerm term) {
        if (term.table() == Table.MULTI_BYTE) {
            return term.term().equals("GBK") ? gbkDoubleByteCharacters() : unicodeSample();
        }
        StringBuilder sb = new StringBuilder();
        if (term.g0() != null) {
            sb.append(sweep(term.g0()));
        }
        if (term.g1() != null) {
            sb.append(sweep(term.g1()));
        }
        return sb.toString();
    }

    private static String sweep(CodeElement element) {
        CharsetDecoder decoder = decoder(element.charset());
        int low = element.slot() == CodeElement.Slot.G0 ? 0x21 : 0xA0;
        int high = element.slot() == CodeElement.Slot.G0 ? 0x7E : 0xFF;
        StringBuilder sb = new StringBuilder();
        for (int a = low; a <= high; a++) {
            if (element.bytesPerChar() == 1) {
                append(sb, element.decode(new byte[] {(byte) a}, 0, decoder));
            } else {
                for (int b = low; b <= high; b++) {
                    append(sb, element.decode(new byte[] {(byte) a, (byte) b}, 0, decoder));
                }
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String decoded) {
        if (decoded != null) {
            sb.append(decoded);
        }
    }

    private static String unicodeSample() {
        StringBuilder sb = new StringBuilder();
        for (int cp = 0x20; cp < 0x30000; cp += 37) {
            if (Character.isDefined(cp) && Character.getType(cp) != Character.SURROGATE
                    && Character.getType(cp) != Character.PRIVATE_USE && Character.getType(cp) != Character.CONTROL) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static String gbkDoubleByteCharacters() {
        CharsetDecoder decoder = decoder(Charset.forName("GBK"));
        StringBuilder sb = new StringBuilder();
        for (int a = 0x81; a <= 0xFE; a++) {
            for (int b = 0x40; b <= 0xFE; b += 3) {
                try {
                    sb.append(decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) a, (byte) b})));
                } catch (CharacterCodingException e) {
                    // an unassigned position: not part of the repertoire
                }
            }
        }
        return sb.toString();
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
