package org.dicomharness.dicom.net.pdu;

/** Implementation Class UID Sub-Item (PS3.7 D.3.3.2). */
public record ImplementationClassUid(String uid) implements UserInformationItem {

    @Override
    public int itemType() {
        return ItemType.IMPLEMENTATION_CLASS_UID;
    }

    @Override
    public String toString() {
        return "ImplClassUID " + uid;
    }
}
