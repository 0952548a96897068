package org.dicomharness.dicom.net.pdu;

import java.util.List;

/**
 * SOP Class Common Extended Negotiation Sub-Item (PS3.7 D.3.3.6): the service class of a SOP Class and the
 * related general SOP Classes it specialises.
 */
public record SopClassCommonExtendedNegotiation(String sopClassUid, String serviceClassUid,
                                                List<String> relatedGeneralSopClassUids) implements UserInformationItem {

    public SopClassCommonExtendedNegotiation {
        relatedGeneralSopClassUids = List.copyOf(relatedGeneralSopClassUids);
    }

    @Override
    public int itemType() {
        return ItemType.SOP_CLASS_COMMON_EXTENDED_NEGOTIATION;
    }

    @Override
    public String toString() {
        return "CommonExtendedNegotiation " + Uid.describe(sopClassUid) + " service class "
                + Uid.describe(serviceClassUid) + " related " + relatedGeneralSopClassUids;
    }
}
