package org.dicomharness.dicom.net.dimse;

/** Priority (0000,0700) of C-STORE, C-FIND, C-GET and C-MOVE requests (PS3.7 E.1). */
public enum Priority {
    MEDIUM(0x0000), HIGH(0x0001), LOW(0x0002);

    private final int code;

    Priority(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The priority with this code; undefined values are reported as {@code null}. */
    public static Priority ofCode(int code) {
        for (Priority p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        return null;
    }
}
