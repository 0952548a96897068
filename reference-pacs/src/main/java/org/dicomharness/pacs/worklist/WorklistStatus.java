package org.dicomharness.pacs.worklist;

/**
 * Scheduled Procedure Step Status (0040,0020) values the PACS uses (Defined Terms of PS3.3 C.4.10). Only
 * SCHEDULED and STARTED steps are offered to Modality Worklist queries.
 */
public enum WorklistStatus {
    SCHEDULED,
    STARTED,
    COMPLETED,
    DISCONTINUED,
    CANCELED;

    public boolean isOpen() {
        return this == SCHEDULED || this == STARTED;
    }
}
