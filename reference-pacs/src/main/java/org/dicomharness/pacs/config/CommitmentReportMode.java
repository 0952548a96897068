package org.dicomharness.pacs.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where the Storage Commitment SCP sends its N-EVENT-REPORT (PS3.4 J.3.3.1.2: it may try the N-ACTION's association
 * and must be able to use another one, since the requestor may release at any time).
 */
public enum CommitmentReportMode {
    /** On the association the N-ACTION came on while it is open; otherwise on a new association to the requestor. */
    SAME_ASSOCIATION,
    /**
     * Always on a new association to the requestor's configured AE, as requestors expect that release right after
     * the N-ACTION-RSP (the asynchronous reports of IHE RAD-10).
     */
    NEW_ASSOCIATION;

    @JsonValue
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static CommitmentReportMode fromConfig(String value) {
        for (CommitmentReportMode m : values()) {
            if (m.configName().equals(value)) {
                return m;
            }
        }
        throw new IllegalArgumentException("commitment report mode '" + value + "' is not one of "
                + Arrays.stream(values()).map(CommitmentReportMode::configName).toList());
    }
}
