package org.dicomharness.dicom.net.pdu;

/** A-RELEASE-RQ PDU (PS3.8 9.3.6): no parameters. */
public record AReleaseRq() implements Pdu {

    @Override
    public PduType type() {
        return PduType.A_RELEASE_RQ;
    }

    @Override
    public String summary() {
        return "";
    }
}
