package org.dicomharness.pacs.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What the PACS does when a SOP Instance UID it already holds arrives with different content. */
public enum DuplicatePolicy {
    /** Refuse the new object with a failure status whose comment names the conflict. */
    REJECT,
    /** Replace the stored object with the new one. */
    OVERWRITE,
    /** Keep both, the new one as a new version; Q/R shows the newest. */
    KEEP_BOTH;

    @JsonValue
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static DuplicatePolicy fromConfig(String value) {
        for (DuplicatePolicy p : values()) {
            if (p.configName().equals(value)) {
                return p;
            }
        }
        throw new IllegalArgumentException("duplicate policy '" + value + "' is not one of "
                + Arrays.stream(values()).map(DuplicatePolicy::configName).toList());
    }
}
