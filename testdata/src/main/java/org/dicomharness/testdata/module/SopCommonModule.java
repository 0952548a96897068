package org.dicomharness.testdata.module;

import java.time.LocalDateTime;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.testdata.context.StudyContext;

/** SOP Common Module (PS3.3 C.12.1). */
public final class SopCommonModule {

    private SopCommonModule() {
    }

    public static void write(Dataset ds, String sopClassUid, String sopInstanceUid, LocalDateTime created) {
        ds.setString(Tags.SOPClassUID, VR.UI, sopClassUid);
        ds.setString(Tags.SOPInstanceUID, VR.UI, sopInstanceUid);
        ds.setString(Tags.InstanceCreationDate, VR.DA, StudyContext.date(created));
        ds.setString(Tags.InstanceCreationTime, VR.TM, StudyContext.time(created));
    }
}
