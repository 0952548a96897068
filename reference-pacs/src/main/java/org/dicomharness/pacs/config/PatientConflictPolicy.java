package org.dicomharness.pacs.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What the PACS does when an object names a known Study Instance UID under a different Patient ID. */
public enum PatientConflictPolicy {
    /** Refuse the object with a failure status naming both Patient IDs. */
    REJECT,
    /** Store the object but keep it out of Q/R until someone reconciles it. */
    QUARANTINE;

    @JsonValue
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PatientConflictPolicy fromConfig(String value) {
        for (PatientConflictPolicy p : values()) {
            if (p.configName().equals(value)) {
                return p;
            }
        }
        throw new IllegalArgumentException("patient conflict policy '" + value + "' is not one of "
                + Arrays.stream(values()).map(PatientConflictPolicy::configName).toList());
    }
}
