package org.dicomharness.pacs.index;

import java.util.Optional;

/**
 * What the index already holds for an arriving object, read in one visit: the patient its study is filed under,
 * the copy it would duplicate (the newest ACTIVE or QUARANTINED version) and the highest version number used.
 */
public record Arrival(Optional<PatientKey> studyFiledUnder, Optional<StoredInstance> current, int latestVersion) {

    /** The version number the arriving object gets: 1 for a new SOP Instance UID, otherwise one above the highest. */
    public int nextVersion() {
        return latestVersion + 1;
    }
}
