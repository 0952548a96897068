package org.dicomharness.dicom.dict;

/** One row of the PS3.6 Annex A UID registry. */
public record UidEntry(String uid, String keyword, String name, String type, boolean retired) {

    public boolean isTransferSyntax() {
        return "Transfer Syntax".equals(type);
    }

    public boolean isSopClass() {
        return "SOP Class".equals(type);
    }

    /** Storage SOP classes, recognised as PS3.4 Annex B names them ("... Storage"), excluding the commitment push model. */
    public boolean isStorageSopClass() {
        return isSopClass() && name.contains("Storage") && !name.startsWith("Storage Commitment")
                && !name.contains("Storage Management");
    }
}
