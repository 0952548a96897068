package org.dicomharness.testdata.module;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.testdata.context.StudyContext;

/** General Study (PS3.3 C.7.2.1) and Patient Study (C.7.2.2) modules. */
public final class GeneralStudyModule {

    private GeneralStudyModule() {
    }

    public static void write(Dataset ds, StudyContext study) {
        ds.setString(Tags.StudyInstanceUID, VR.UI, study.studyInstanceUid());
        ds.setString(Tags.StudyDate, VR.DA, study.studyDate());
        ds.setString(Tags.StudyTime, VR.TM, study.studyTime());
        ds.setString(Tags.ReferringPhysicianName, VR.PN, study.referringPhysician());
        ds.setString(Tags.StudyID, VR.SH, study.studyId());
        ds.setString(Tags.AccessionNumber, VR.SH, study.accessionNumber());
        ds.setString(Tags.StudyDescription, VR.LO, study.description());
        // Patient Study module: values at the time of the study.
        ds.setString(Tags.PatientAge, VR.AS, study.patient().ageAt(study.studyDate()));
        ds.setDouble(Tags.PatientSize, VR.DS, study.patient().heightM());
        ds.setDouble(Tags.PatientWeight, VR.DS, study.patient().weightKg());
    }
}
