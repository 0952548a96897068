package org.dicomharness.dicom.net.ul;

import java.io.IOException;
import org.dicomharness.dicom.net.pdu.Pdu;
import org.dicomharness.dicom.net.pdu.PduEncoder;

/**
 * Misbehaving on purpose on an open association, outside its state machine: the bytes go on the wire whole
 * (never inside another PDU) and are recorded in the trace as raw bytes, but the state does not change.
 */
public final class FaultInjection {

    private final Association association;

    FaultInjection(Association association) {
        this.association = association;
    }

    /** Sends bytes as they are. */
    public void sendRaw(byte[] bytes, String description) throws IOException {
        association.writeRaw(bytes, description);
    }

    /** Sends a hand-built PDU that the state machine would not send now (or at all). */
    public void sendPdu(Pdu pdu) throws IOException {
        association.writeRaw(PduEncoder.encode(pdu), "hand-built " + pdu.type().standardName() + " " + pdu.summary());
    }

    /** Sends a PDU whose PDU-length field says {@code forgedLength}. */
    public void sendPduWithLength(Pdu pdu, long forgedLength) throws IOException {
        byte[] b = PduEncoder.encode(pdu);
        b[2] = (byte) (forgedLength >>> 24);
        b[3] = (byte) (forgedLength >>> 16);
        b[4] = (byte) (forgedLength >>> 8);
        b[5] = (byte) forgedLength;
        association.writeRaw(b, pdu.type().standardName() + " with forged PDU-length " + forgedLength);
    }

    /** Closes the transport connection without any PDU (the peer sees Evt17). */
    public void dropConnection() {
        association.trace().note("fault injected: transport connection dropped without A-ABORT");
        association.closeTransport();
    }
}
