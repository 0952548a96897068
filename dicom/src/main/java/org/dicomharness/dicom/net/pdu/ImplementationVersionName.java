package org.dicomharness.dicom.net.pdu;

/** Implementation Version Name Sub-Item (PS3.7 D.3.3.2): 1 to 16 characters. */
public record ImplementationVersionName(String name) implements UserInformationItem {

    @Override
    public int itemType() {
        return ItemType.IMPLEMENTATION_VERSION_NAME;
    }

    @Override
    public String toString() {
        return "ImplVersion " + name;
    }
}
