package org.dicomharness.dicom.net.pdu;

/** The PDU types of PS3.8 Table 9-11 with their PDU-type codes. */
public enum PduType {
    A_ASSOCIATE_RQ(0x01, "A-ASSOCIATE-RQ"),
    A_ASSOCIATE_AC(0x02, "A-ASSOCIATE-AC"),
    A_ASSOCIATE_RJ(0x03, "A-ASSOCIATE-RJ"),
    P_DATA_TF(0x04, "P-DATA-TF"),
    A_RELEASE_RQ(0x05, "A-RELEASE-RQ"),
    A_RELEASE_RP(0x06, "A-RELEASE-RP"),
    A_ABORT(0x07, "A-ABORT");

    private final int code;
    private final String standardName;

    PduType(int code, String standardName) {
        this.code = code;
        this.standardName = standardName;
    }

    public int code() {
        return code;
    }

    /** The name PS3.8 uses, e.g. {@code A-ASSOCIATE-RQ}. */
    public String standardName() {
        return standardName;
    }

    /** The type with this code, or {@code null} for a code PS3.8 does not define. */
    public static PduType ofCode(int code) {
        for (PduType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return standardName;
    }
}
