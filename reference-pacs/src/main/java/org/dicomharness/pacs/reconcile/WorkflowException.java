package org.dicomharness.pacs.reconcile;

/**
 * An order, patient or procedure step change the PACS refuses; nothing was changed. The HL7 listener turns the
 * reason into an HL7 error code, the DIMSE adapters into a status.
 */
public class WorkflowException extends RuntimeException {

    /** Why the change was refused. */
    public enum Reason {
        /** The message names a patient the PACS does not know. */
        UNKNOWN_PATIENT,
        /** An update or cancel names an order (or step) the PACS does not hold. */
        UNKNOWN_ORDER,
        /** A new order repeats the identifiers of one already scheduled. */
        DUPLICATE_ORDER,
        /** A merge names the same patient as prior and surviving. */
        SELF_MERGE,
        /** A required value is missing. */
        MISSING_VALUE,
        /** A value is malformed or not one the PACS supports. */
        INVALID
    }

    private final Reason reason;

    public WorkflowException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
