package org.dicomharness.dicom.net.pdu;

import java.io.IOException;

/** The transport connection closed in the middle of a PDU: to the state machine, a closed connection (Evt17). */
public final class TruncatedPduException extends IOException {

    public TruncatedPduException(String message) {
        super(message);
    }
}
