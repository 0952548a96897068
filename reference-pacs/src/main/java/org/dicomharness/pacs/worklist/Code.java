package org.dicomharness.pacs.worklist;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** A coded entry (PS3.3 Table 8.8-1 Code Sequence Macro): value, coding scheme designator, meaning. */
public record Code(String value, String scheme, String meaning) {

    /** {@code null} when no value was given (an empty HL7 CE field). */
    public static Code ofNullable(String value, String scheme, String meaning) {
        return value == null || value.isBlank() ? null : new Code(value, scheme, meaning);
    }

    /** Adds this code as the single item of {@code sequenceTag} in {@code target}. */
    public void addTo(Dataset target, int sequenceTag) {
        Dataset item = target.newSequence(sequenceTag).addItem();
        item.setString(Tags.CodeValue, VR.SH, value);
        item.setString(Tags.CodingSchemeDesignator, VR.SH, scheme == null || scheme.isBlank() ? "99LOCAL" : scheme);
        item.setString(Tags.CodeMeaning, VR.LO, meaning == null || meaning.isBlank() ? value : meaning);
    }
}
