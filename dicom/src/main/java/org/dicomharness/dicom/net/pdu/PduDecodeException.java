package org.dicomharness.dicom.net.pdu;

import java.io.IOException;

/**
 * A PDU that breaks PS3.8: where (byte offset in the connection's input), what (the PDU and item), which rule
 * (the section), and the A-ABORT reason the service-provider sends for it (PS3.8 9.3.8, Table 9-26; event
 * Evt19 of the state machine).
 */
public final class PduDecodeException extends IOException {

    private final long offset;
    private final String item;
    private final String section;
    private final AbortReason abortReason;

    public PduDecodeException(long offset, String item, String section, AbortReason abortReason, String message) {
        super(message + " [" + item + " at byte " + offset + " of the connection; " + section
                + "; A-ABORT reason " + abortReason.code() + " " + abortReason.standardName() + "]");
        this.offset = offset;
        this.item = item;
        this.section = section;
        this.abortReason = abortReason;
    }

    /** Byte offset, from the start of the connection's input, of the offending field. */
    public long offset() {
        return offset;
    }

    /** The PDU and item that are at fault, e.g. {@code A-ASSOCIATE-RQ / Presentation Context Item (20H)}. */
    public String item() {
        return item;
    }

    /** The section of PS3.8 (or PS3.7) that the input breaks. */
    public String section() {
        return section;
    }

    /** The A-ABORT Reason/Diag. the service-provider answers this with (source 2). */
    public AbortReason abortReason() {
        return abortReason;
    }
}
