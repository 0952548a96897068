package org.dicomharness.dicom.net.pdu;

/**
 * SCP/SCU Role Selection Sub-Item (PS3.7 D.3.3.4). In an A-ASSOCIATE-RQ the flags propose roles for the
 * requestor; in an A-ASSOCIATE-AC they say which of the proposed roles the acceptor accepts.
 *
 * @param sopClassUid the SOP Class the roles apply to
 * @param scuRole     SCU role (1: proposed/accepted, 0: not)
 * @param scpRole     SCP role (1: proposed/accepted, 0: not)
 */
public record RoleSelection(String sopClassUid, boolean scuRole, boolean scpRole) implements UserInformationItem {

    @Override
    public int itemType() {
        return ItemType.ROLE_SELECTION;
    }

    @Override
    public String toString() {
        return "RoleSelection " + Uid.describe(sopClassUid) + " SCU=" + (scuRole ? 1 : 0) + " SCP=" + (scpRole ? 1 : 0);
    }
}
