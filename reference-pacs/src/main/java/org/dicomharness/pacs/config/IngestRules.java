package org.dicomharness.pacs.config;

/**
 * The ingest rules that apply to one calling AE (or to all, as defaults).
 *
 * @param duplicates        same SOP Instance UID, different content
 * @param patientConflict   known Study Instance UID, different Patient ID
 * @param validation        IOD validation before archival
 */
public record IngestRules(DuplicatePolicy duplicates, PatientConflictPolicy patientConflict,
                          ValidationPolicy validation) {

    public static IngestRules defaults() {
        return new IngestRules(DuplicatePolicy.REJECT, PatientConflictPolicy.REJECT, ValidationPolicy.ACCEPT);
    }

    /** These rules with the non-null fields of {@code override} applied. */
    public IngestRules with(IngestRules override) {
        if (override == null) {
            return this;
        }
        return new IngestRules(
                override.duplicates != null ? override.duplicates : duplicates,
                override.patientConflict != null ? override.patientConflict : patientConflict,
                override.validation != null ? override.validation : validation);
    }
}
