package org.dicomharness.testdata.module;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** NM/PET Patient Orientation Module (PS3.3 C.8.4.6): supine, head first (CIDs 19, 20, 21). */
public final class NmPetPatientOrientationModule {

    private NmPetPatientOrientationModule() {
    }

    public static void writeSupineHeadFirst(Dataset ds) {
        Dataset orientation = Code.sct("102538003", "recumbent").setAsSequence(ds, Tags.PatientOrientationCodeSequence);
        Code.sct("40199007", "supine").setAsSequence(orientation, Tags.PatientOrientationModifierCodeSequence);
        Code.sct("102540008", "headfirst").setAsSequence(ds, Tags.PatientGantryRelationshipCodeSequence);
    }
}
