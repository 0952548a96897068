package org.dicomharness.dicom.net.pdu;

/** Source field of the A-ABORT PDU (PS3.8 9.3.8, Table 9-26). */
public enum AbortSource {
    SERVICE_USER(0, "DICOM UL service-user (initiated abort)"),
    RESERVED(1, "reserved"),
    SERVICE_PROVIDER(2, "DICOM UL service-provider (initiated abort)");

    private final int code;
    private final String standardName;

    AbortSource(int code, String standardName) {
        this.code = code;
        this.standardName = standardName;
    }

    public int code() {
        return code;
    }

    public String standardName() {
        return standardName;
    }

    public static AbortSource ofCode(int code) {
        for (AbortSource s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        return null;
    }
}
