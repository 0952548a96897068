package org.dicomharness.pacs.index;

import java.time.Instant;

/**
 * Something the monitoring must show: a stored, rejected or duplicate object, a quarantine, a failed transfer.
 *
 * @param kind one of {@link Kind}
 */
public record PacsEvent(long pk, Instant occurredAt, Kind kind, String callingAe, String sopInstanceUid,
                        String studyInstanceUid, String detail) {

    /** The kinds of event the archive records. */
    public enum Kind {
        STORED,
        DUPLICATE_IDENTICAL,
        DUPLICATE_REJECTED,
        DUPLICATE_OVERWRITTEN,
        DUPLICATE_VERSIONED,
        PATIENT_CONFLICT_REJECTED,
        QUARANTINED,
        REJECTED,
        VALIDATION_WARNING,
        TRANSFER_FAILED,
        MOVE_SUBOPERATION_FAILED,
        RECOVERY,
        WORKLIST_SCHEDULED,
        WORKLIST_UPDATED,
        WORKLIST_CANCELED,
        PATIENT_REGISTERED,
        PATIENT_UPDATED,
        PATIENT_MERGED,
        ACCESSION_MOVED,
        HL7_REJECTED,
        MPPS_CREATED,
        MPPS_UPDATED,
        MPPS_REFUSED,
        COMMITMENT,
        /** A Storage Commitment N-ACTION refused (0112, 0115, 0123, 0110). */
        COMMITMENT_REFUSED,
        /** A Storage Commitment report that could not be delivered to the requestor. */
        COMMITMENT_UNDELIVERED,
        COERCED,
        INSTANCES_REJECTED
    }
}
