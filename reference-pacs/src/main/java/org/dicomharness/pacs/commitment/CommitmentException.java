package org.dicomharness.pacs.commitment;

/** An N-ACTION the Storage Commitment SCP refuses, with the N-ACTION-RSP status (PS3.7 10.1.4.1.10). */
public class CommitmentException extends RuntimeException {

    /** No such SOP Instance: the request does not address the well-known Storage Commitment Push Model instance. */
    public static final int NO_SUCH_SOP_INSTANCE = 0x0112;
    /** Invalid argument value: the Action Information is not usable. */
    public static final int INVALID_ARGUMENT_VALUE = 0x0115;
    /** No such action: Action Type ID is not 1 (Request Storage Commitment). */
    public static final int NO_SUCH_ACTION = 0x0123;
    /** Processing failure: the index cannot record the request. */
    public static final int PROCESSING_FAILURE = 0x0110;

    private final int status;

    public CommitmentException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
