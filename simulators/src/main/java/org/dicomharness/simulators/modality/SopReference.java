package org.dicomharness.simulators.modality;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** A reference to one SOP Instance (Referenced SOP Class UID, Referenced SOP Instance UID; PS3.3 Table 10-11). */
public record SopReference(String sopClassUid, String sopInstanceUid) {

    static SopReference of(Dataset item) {
        return new SopReference(item.getString(Tags.ReferencedSOPClassUID, ""),
                item.getString(Tags.ReferencedSOPInstanceUID, ""));
    }

    void writeTo(Dataset item) {
        item.setString(Tags.ReferencedSOPClassUID, VR.UI, sopClassUid);
        item.setString(Tags.ReferencedSOPInstanceUID, VR.UI, sopInstanceUid);
    }
}
