package org.dicomharness.dicom.net.pdu;

/** A-RELEASE-RP PDU (PS3.8 9.3.7): no parameters. */
public record AReleaseRp() implements Pdu {

    @Override
    public PduType type() {
        return PduType.A_RELEASE_RP;
    }

    @Override
    public String summary() {
        return "";
    }
}
