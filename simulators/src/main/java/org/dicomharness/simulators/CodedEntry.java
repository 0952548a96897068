package org.dicomharness.simulators;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;

/**
 * A code of the Basic Code Sequence Macro (PS3.3 Table 8.8-1): Code Value, Coding Scheme Designator, Code Meaning.
 *
 * @param value   Code Value
 * @param scheme  Coding Scheme Designator
 * @param meaning Code Meaning
 */
public record CodedEntry(String value, String scheme, String meaning) {

    /** PS3.16 CID 9300 (Procedure Discontinuation Reason): "Discontinued for unspecified reason". */
    public static final CodedEntry DISCONTINUED_UNSPECIFIED = new CodedEntry("110513", "DCM",
            "Discontinued for unspecified reason");

    /** PS3.16 CID 9300: "Incorrect worklist entry selected". */
    public static final CodedEntry INCORRECT_WORKLIST_ENTRY = new CodedEntry("110514", "DCM",
            "Incorrect worklist entry selected");

    /** The first item of a code sequence, or {@code null} when the sequence is absent or empty. */
    public static CodedEntry firstOf(Dataset ds, int sequenceTag) {
        Sequence seq = ds.contains(sequenceTag) ? ds.getSequence(sequenceTag) : null;
        if (seq == null || seq.isEmpty()) {
            return null;
        }
        Dataset item = seq.get(0);
        String value = item.getString(Tags.CodeValue);
        if (value == null) {
            value = item.getString(Tags.LongCodeValue);
        }
        return value == null ? null : new CodedEntry(value, item.getString(Tags.CodingSchemeDesignator, ""),
                item.getString(Tags.CodeMeaning, ""));
    }

    /** Writes the macro into a new item of {@code seq}. */
    public Dataset addTo(Sequence seq) {
        Dataset item = seq.addItem();
        item.setString(value.length() > 16 ? Tags.LongCodeValue : Tags.CodeValue, value.length() > 16 ? VR.UC : VR.SH,
                value);
        item.setString(Tags.CodingSchemeDesignator, VR.SH, scheme);
        item.setString(Tags.CodeMeaning, VR.LO, meaning);
        return item;
    }

    /** Sets {@code sequenceTag} to a sequence holding this code, or to an empty sequence when {@code code} is null. */
    public static void setSequence(Dataset ds, int sequenceTag, CodedEntry code) {
        Sequence seq = ds.newSequence(sequenceTag);
        if (code != null) {
            code.addTo(seq);
        }
    }

    @Override
    public String toString() {
        return "(" + value + ", " + scheme + ", \"" + meaning + "\")";
    }
}
