package org.dicomharness.dicom.data;

import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.VR;

/** A data element: tag, value representation and value (PS3.5 7.1). */
public record DataElement(int tag, VR vr, Value value) {

    public DataElement {
        if (vr == null || value == null) {
            throw new IllegalArgumentException(Tag.format(tag) + ": VR and value are required");
        }
        if (value instanceof Sequence && vr != VR.SQ && vr != VR.UN) {
            throw new IllegalArgumentException(Tag.format(tag) + ": a sequence value needs VR SQ, not " + vr);
        }
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return Tag.format(tag) + " " + vr + " " + value;
    }
}
