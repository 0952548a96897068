package org.dicomharness.pacs.query;

import org.dicomharness.dicom.dict.Uids;

/** The Query/Retrieve information models of PS3.4 C.6 and their FIND/MOVE/GET SOP classes. */
public enum InformationModel {
    PATIENT_ROOT(QueryLevel.PATIENT, Uids.PatientRootQueryRetrieveInformationModelFind,
            Uids.PatientRootQueryRetrieveInformationModelMove, Uids.PatientRootQueryRetrieveInformationModelGet),
    STUDY_ROOT(QueryLevel.STUDY, Uids.StudyRootQueryRetrieveInformationModelFind,
            Uids.StudyRootQueryRetrieveInformationModelMove, Uids.StudyRootQueryRetrieveInformationModelGet);

    private final QueryLevel root;
    private final String find;
    private final String move;
    private final String get;

    InformationModel(QueryLevel root, String find, String move, String get) {
        this.root = root;
        this.find = find;
        this.move = move;
        this.get = get;
    }

    /** The top level of the model: PATIENT for Patient Root, STUDY for Study Root (C.6.1, C.6.2). */
    public QueryLevel root() {
        return root;
    }

    public String findSopClass() {
        return find;
    }

    public String moveSopClass() {
        return move;
    }

    public String getSopClass() {
        return get;
    }

    /** The model a FIND, MOVE or GET SOP class belongs to, or {@code null}. */
    public static InformationModel ofSopClass(String sopClassUid) {
        for (InformationModel m : values()) {
            if (m.find.equals(sopClassUid) || m.move.equals(sopClassUid) || m.get.equals(sopClassUid)) {
                return m;
            }
        }
        return null;
    }

    /** Whether {@code level} exists in this model (Study Root has no PATIENT level, C.6.2). */
    public boolean supports(QueryLevel level) {
        return !level.isAbove(root);
    }
}
