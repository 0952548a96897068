package org.dicomharness.pacs.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What the PACS does with the findings of IOD validation before archival. */
public enum ValidationPolicy {
    /** Archive without validating. */
    ACCEPT,
    /** Archive, answering a warning status with the findings in Error Comment (PS3.4 B.2.3). */
    WARN,
    /** Refuse objects with validation errors. */
    REJECT;

    @JsonValue
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ValidationPolicy fromConfig(String value) {
        for (ValidationPolicy p : values()) {
            if (p.configName().equals(value)) {
                return p;
            }
        }
        throw new IllegalArgumentException("validation policy '" + value + "' is not one of "
                + Arrays.stream(values()).map(ValidationPolicy::configName).toList());
    }
}
