package org.dicomharness.testdata.module;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;

/**
 * A coded entry: the Basic Code Sequence Macro of PS3.3 Table 8.8-1 (Code Value, Coding Scheme Designator,
 * Code Meaning). Codes longer than 16 characters would go in Long Code Value; none used here are.
 *
 * @param value   Code Value
 * @param scheme  Coding Scheme Designator (DCM, SCT, UCUM, LN, ...)
 * @param meaning Code Meaning
 */
public record Code(String value, String scheme, String meaning) {

    public Code {
        if (value.length() > 16) {
            throw new IllegalArgumentException("code value '" + value + "' exceeds 16 characters (SH); "
                    + "PS3.3 8.8 puts such values in Long Code Value");
        }
    }

    public static Code dcm(String value, String meaning) {
        return new Code(value, "DCM", meaning);
    }

    public static Code sct(String value, String meaning) {
        return new Code(value, "SCT", meaning);
    }

    public static Code ucum(String value, String meaning) {
        return new Code(value, "UCUM", meaning);
    }

    /** Writes the macro's attributes into {@code item}. */
    public Dataset writeTo(Dataset item) {
        item.setString(Tags.CodeValue, VR.SH, value);
        item.setString(Tags.CodingSchemeDesignator, VR.SH, scheme);
        item.setString(Tags.CodeMeaning, VR.LO, meaning);
        return item;
    }

    /** Sets {@code sequenceTag} to a one-item sequence holding this code; returns the item. */
    public Dataset setAsSequence(Dataset ds, int sequenceTag) {
        Sequence seq = ds.newSequence(sequenceTag);
        return writeTo(seq.addItem());
    }
}
