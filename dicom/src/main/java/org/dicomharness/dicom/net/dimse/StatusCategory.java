package org.dicomharness.dicom.net.dimse;

/**
 * The status classes of PS3.7 C.1, decided by the code alone: Success 0000; Pending FF00, FF01; Cancel
 * FE00; Warning 0001, 0107, 0116, Bxxx; Failure Axxx, Cxxx and 01xx/02xx otherwise. {@link #UNDEFINED} is
 * for codes no class covers: a response carrying one is itself a finding.
 */
public enum StatusCategory {
    SUCCESS, WARNING, FAILURE, CANCEL, PENDING, UNDEFINED;

    public static StatusCategory of(int code) {
        if (code == 0x0000) {
            return SUCCESS;
        }
        if (code == 0xFF00 || code == 0xFF01) {
            return PENDING;
        }
        if (code == 0xFE00) {
            return CANCEL;
        }
        if (code == 0x0001 || code == 0x0107 || code == 0x0116 || (code & 0xF000) == 0xB000) {
            return WARNING;
        }
        if ((code & 0xF000) == 0xA000 || (code & 0xF000) == 0xC000 || (code & 0xFF00) == 0x0100
                || (code & 0xFF00) == 0x0200) {
            return FAILURE;
        }
        return UNDEFINED;
    }

    /** Success or warning: the operation was performed. */
    public boolean isSuccessful() {
        return this == SUCCESS || this == WARNING;
    }
}
