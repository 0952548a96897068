package org.dicomharness.simulators.viewer;

import java.util.Locale;
import org.dicomharness.dicom.dict.Tags;

/** Query/Retrieve Level (0008,0052) values and their unique keys (PS3.4 C.3). */
public enum QueryLevel {
    PATIENT(Tags.PatientID),
    STUDY(Tags.StudyInstanceUID),
    SERIES(Tags.SeriesInstanceUID),
    IMAGE(Tags.SOPInstanceUID);

    private final int uniqueKey;

    QueryLevel(int uniqueKey) {
        this.uniqueKey = uniqueKey;
    }

    /** The unique key of the level (PS3.4 C.3.2-C.3.5). */
    public int uniqueKey() {
        return uniqueKey;
    }

    /** A level by name (case-insensitive; INSTANCE is accepted for IMAGE). */
    public static QueryLevel parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        if (n.equals("INSTANCE")) {
            return IMAGE;
        }
        try {
            return valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown Query/Retrieve Level '" + name + "'; use PATIENT, STUDY, SERIES "
                    + "or IMAGE (PS3.4 C.3)");
        }
    }
}
