package org.dicomharness.dicom.charset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dicomharness.dicom.charset.StandardBytes.hex;

import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Strict resolution names the broken rule; lenient resolution reads field data anyway and says what it assumed. */
class LenientResolutionTest {

    @Test
    void strictRejectsAMisspellingAndSuggestsTheTerm() {
        assertThatThrownBy(() -> SpecificCharacterSet.of(List.of("ISO_IR100")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value 1 'ISO_IR100'")
                .hasMessageContaining("PS3.3 C.12.1.1.2")
                .hasMessageContaining("'ISO_IR 100'");
    }

    @ParameterizedTest
    @CsvSource({"ISO_IR100, ISO_IR 100", "iso_ir 100, ISO_IR 100", "ISO-IR 144, ISO_IR 144",
        "ISO 8859-7, ISO_IR 126", "UTF-8, ISO_IR 192", "utf8, ISO_IR 192", "ISO_IR 6, ''", "GB2312, GBK",
        "ISO2022IR100, ISO 2022 IR 100"})
    void lenientReadsMisspellingsAsTheTermTheyResemble(String declared, String expected) {
        SpecificCharacterSet cs = SpecificCharacterSet.lenient(List.of(declared));
        assertThat(cs.terms()).extracting(DefinedTerm::term).containsExactly(expected);
        assertThat(cs.corrections()).singleElement().satisfies(c -> {
            assertThat(c.valueNumber()).isEqualTo(1);
            assertThat(c.declared()).isEqualTo(declared);
            assertThat(c.used()).isEqualTo(expected);
        });
        assertThat(cs.definedTerms()).containsExactly(declared);
    }

    @Test
    void unknownValue1FallsBackToLatin1() {
        SpecificCharacterSet cs = SpecificCharacterSet.lenient(List.of("KLINGON"));
        assertThat(cs.terms()).extracting(DefinedTerm::term).containsExactly("ISO_IR 100");
        assertThat(cs.corrections()).singleElement().satisfies(c -> assertThat(c.reason())
                .contains("Latin alphabet No. 1 assumed"));
        byte[] bytes = hex("0x4D 0xFC 0x6C 0x6C 0x65 0x72");
        assertThat(cs.decode(bytes, 0, bytes.length, VR.PN)).isEqualTo("Müller");
        assertThat(cs.toString()).isEqualTo("KLINGON (read as ISO_IR 100)");
    }

    @Test
    void singleByteTermsWithCodeExtensionsGetTheIso2022Prefix() {
        SpecificCharacterSet cs = SpecificCharacterSet.lenient(List.of("ISO_IR 13", "ISO 2022 IR 87"));
        assertThat(cs.terms()).extracting(DefinedTerm::term).containsExactly("ISO 2022 IR 13", "ISO 2022 IR 87");
        assertThat(cs.corrections()).singleElement().satisfies(c -> assertThat(c.reason()).contains("Table C.12-3"));
        byte[] h32 = StandardBytes.columnRow("13/04 12/15 12/00 13/14 05/14 01/11 02/04 04/02 03/11 03/03 01/11 "
                + "02/08 04/10");
        assertThat(cs.decodeChecked(h32, 0, h32.length, VR.PN).text()).isEqualTo("ﾔﾏﾀﾞ^山");

        assertThatThrownBy(() -> SpecificCharacterSet.of(List.of("ISO_IR 13", "ISO 2022 IR 87")))
                .hasMessageContaining("value 1 'ISO_IR 13'").hasMessageContaining("ISO 2022");
    }

    @Test
    void multiByteExtensionAsValue1GetsTheDefaultRepertoireBeforeIt() {
        SpecificCharacterSet cs = SpecificCharacterSet.lenient(List.of("ISO 2022 IR 149"));
        assertThat(cs.terms()).extracting(DefinedTerm::term).containsExactly("", "ISO 2022 IR 149");
        assertThat(cs.usesCodeExtensions()).isTrue();
        assertThatThrownBy(() -> SpecificCharacterSet.of(List.of("ISO 2022 IR 149")))
                .hasMessageContaining("values 2 to n");
    }

    @Test
    void unicodeCannotBeCombined() {
        SpecificCharacterSet cs = SpecificCharacterSet.lenient(List.of("ISO_IR 192", "ISO 2022 IR 87"));
        assertThat(cs.terms()).extracting(DefinedTerm::term).containsExactly("ISO_IR 192");
        assertThat(cs.corrections()).extracting(TermCorrection::valueNumber).containsExactly(1, 2);
        assertThat(cs.corrections().get(1).used()).isNull();
        assertThatThrownBy(() -> SpecificCharacterSet.of(List.of("ISO_IR 192", "ISO 2022 IR 87")))
                .hasMessageContaining("note 3");
    }

    @Test
    void unknownLaterValueIsIgnoredAndItsEscapesReported() {
        SpecificCharacterSet cs = SpecificCharacterSet.lenient(List.of("ISO 2022 IR 100", "ISO 2022 IR 999", ""));
        assertThat(cs.terms()).extracting(DefinedTerm::term).containsExactly("ISO 2022 IR 100");
        assertThat(cs.corrections()).extracting(TermCorrection::valueNumber).containsExactly(2, 3);
        byte[] bytes = hex("0x1B 0x24 0x42 0x3B 0x33 0x1B 0x28 0x42");
        assertThat(cs.decodeChecked(bytes, 0, bytes.length, VR.LO).issues()).hasSize(1);
    }

    @Test
    void correctDeclarationsNeedNoCorrection() {
        for (DefinedTerm term : DefinedTerms.all()) {
            List<String> values = term.table() == DefinedTerm.Table.MULTI_BYTE_EXTENSIONS
                    ? List.of("", term.term()) : List.of(term.term());
            assertThat(SpecificCharacterSet.lenient(values).corrections()).as(term.display()).isEmpty();
            assertThat(SpecificCharacterSet.of(values).terms()).isEqualTo(SpecificCharacterSet.lenient(values).terms());
        }
    }

    @Test
    void datasetWithAMisspelledTermStaysReadable() {
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, "ISO_IR100");
        ds.setBytes(Tags.PatientName, VR.PN, hex("0x4D 0xFC 0x6C 0x6C 0x65 0x72 0x5E 0x4A 0xF6 0x72 0x67"));

        assertThat(ds.getString(Tags.PatientName)).isEqualTo("Müller^Jörg");
        assertThat(ds.specificCharacterSet().corrections()).singleElement()
                .satisfies(c -> assertThat(c.toString()).startsWith("(0008,0005) value 1 'ISO_IR100' read as "
                        + "'ISO_IR 100'"));
    }
}
