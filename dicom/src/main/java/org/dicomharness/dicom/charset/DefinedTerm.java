package org.dicomharness.dicom.charset;

import java.nio.charset.Charset;

/**
 * One Defined Term of Specific Character Set (0008,0005), PS3.3 C.12.1.1.2, with the code elements it designates.
 *
 * @param term        the Defined Term as it appears in the attribute, e.g. {@code "ISO 2022 IR 149"}; the empty
 *                    string is the default repertoire
 * @param table       the PS3.3 table that defines it, which decides where it may appear
 * @param description the character set description column of that table
 * @param g0          the set in G0 ({@code null} for G1-only terms of Table C.12-4 and for Table C.12-5)
 * @param g1          the set in G1 ({@code null} when the term designates none)
 * @param charset     for Table C.12-5 only: the whole encoding, which does not use code extensions
 */
public record DefinedTerm(String term, Table table, String description, CodeElement g0, CodeElement g1,
        Charset charset) {

    /** The four tables of PS3.3 C.12.1.1.2. */
    public enum Table {
        /** Table C.12-2: single-byte character sets without code extensions (value 1 only). */
        SINGLE_BYTE("Table C.12-2"),
        /** Table C.12-3: single-byte character sets with code extensions (values 1 to n). */
        SINGLE_BYTE_EXTENSIONS("Table C.12-3"),
        /** Table C.12-4: multi-byte character sets with code extensions (values 2 to n). */
        MULTI_BYTE_EXTENSIONS("Table C.12-4"),
        /** Table C.12-5: multi-byte character sets without code extensions (the only value). */
        MULTI_BYTE("Table C.12-5");

        private final String reference;

        Table(String reference) {
            this.reference = reference;
        }

        /** {@code "Table C.12-3"}: how messages cite it. */
        public String reference() {
            return reference;
        }
    }

    /** Whether the term names code extension techniques (PS3.5 6.1.2.4): the "ISO 2022" prefix. */
    public boolean usesCodeExtensions() {
        return table == Table.SINGLE_BYTE_EXTENSIONS || table == Table.MULTI_BYTE_EXTENSIONS;
    }

    /** The term as written in messages: the empty default term shows as "(empty: default repertoire)". */
    public String display() {
        return term.isEmpty() ? "(empty: default repertoire)" : term;
    }
}
