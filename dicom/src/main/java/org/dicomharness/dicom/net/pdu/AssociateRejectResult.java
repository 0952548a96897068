package org.dicomharness.dicom.net.pdu;

/** Result field of the A-ASSOCIATE-RJ PDU (PS3.8 9.3.4, Table 9-21). */
public enum AssociateRejectResult {
    REJECTED_PERMANENT(1, "rejected-permanent"),
    REJECTED_TRANSIENT(2, "rejected-transient");

    private final int code;
    private final String standardName;

    AssociateRejectResult(int code, String standardName) {
        this.code = code;
        this.standardName = standardName;
    }

    public int code() {
        return code;
    }

    public String standardName() {
        return standardName;
    }

    public static AssociateRejectResult ofCode(int code) {
        for (AssociateRejectResult r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        return null;
    }
}
