package org.dicomharness.simulators.viewer;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.dicomharness.dicom.dict.Uids;

/** The Query/Retrieve Information Models (PS3.4 C.6) with their FIND, MOVE and GET SOP Classes and levels. */
public enum QueryModel {
    PATIENT_ROOT(Uids.PatientRootQueryRetrieveInformationModelFind, Uids.PatientRootQueryRetrieveInformationModelMove,
            Uids.PatientRootQueryRetrieveInformationModelGet, EnumSet.allOf(QueryLevel.class)),
    STUDY_ROOT(Uids.StudyRootQueryRetrieveInformationModelFind, Uids.StudyRootQueryRetrieveInformationModelMove,
            Uids.StudyRootQueryRetrieveInformationModelGet,
            EnumSet.of(QueryLevel.STUDY, QueryLevel.SERIES, QueryLevel.IMAGE));

    private final String find;
    private final String move;
    private final String get;
    private final Set<QueryLevel> levels;

    QueryModel(String find, String move, String get, Set<QueryLevel> levels) {
        this.find = find;
        this.move = move;
        this.get = get;
        this.levels = levels;
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

    /** The levels the model has (Study Root has no PATIENT level, PS3.4 C.6.2). */
    public Set<QueryLevel> levels() {
        return levels;
    }

    public static QueryModel parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (n) {
            case "PATIENT", "PATIENT_ROOT", "P" -> PATIENT_ROOT;
            case "STUDY", "STUDY_ROOT", "S" -> STUDY_ROOT;
            default -> throw new IllegalArgumentException("unknown information model '" + name + "'; use PATIENT_ROOT "
                    + "or STUDY_ROOT (PS3.4 C.6)");
        };
    }
}
