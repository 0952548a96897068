package org.dicomharness.dicom.net.pdu;

import java.util.HexFormat;

/**
 * SOP Class Extended Negotiation Sub-Item (PS3.7 D.3.3.5): service-class-specific application information
 * (for example the Query/Retrieve extended negotiation of PS3.4 C.5).
 */
public record SopClassExtendedNegotiation(String sopClassUid, byte[] serviceClassApplicationInformation)
        implements UserInformationItem {

    public SopClassExtendedNegotiation {
        serviceClassApplicationInformation = serviceClassApplicationInformation.clone();
    }

    @Override
    public byte[] serviceClassApplicationInformation() {
        return serviceClassApplicationInformation.clone();
    }

    @Override
    public int itemType() {
        return ItemType.SOP_CLASS_EXTENDED_NEGOTIATION;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SopClassExtendedNegotiation other && other.sopClassUid.equals(sopClassUid)
                && java.util.Arrays.equals(other.serviceClassApplicationInformation, serviceClassApplicationInformation);
    }

    @Override
    public int hashCode() {
        return sopClassUid.hashCode() * 31 + java.util.Arrays.hashCode(serviceClassApplicationInformation);
    }

    @Override
    public String toString() {
        return "ExtendedNegotiation " + Uid.describe(sopClassUid) + " info="
                + HexFormat.of().formatHex(serviceClassApplicationInformation);
    }
}
