package org.dicomharness.dicom.net.pdu;

/**
 * Reason/Diag. field of the A-ABORT PDU (PS3.8 9.3.8, Table 9-26), significant when the source is the
 * service-provider; with the service-user source it is 0 (not significant).
 */
public enum AbortReason {
    NOT_SPECIFIED(0, "reason-not-specified"),
    UNRECOGNIZED_PDU(1, "unrecognized-PDU"),
    UNEXPECTED_PDU(2, "unexpected-PDU"),
    UNRECOGNIZED_PDU_PARAMETER(4, "unrecognized-PDU parameter"),
    UNEXPECTED_PDU_PARAMETER(5, "unexpected-PDU parameter"),
    INVALID_PDU_PARAMETER_VALUE(6, "invalid-PDU-parameter value");

    private final int code;
    private final String standardName;

    AbortReason(int code, String standardName) {
        this.code = code;
        this.standardName = standardName;
    }

    public int code() {
        return code;
    }

    public String standardName() {
        return standardName;
    }

    public static AbortReason ofCode(int code) {
        for (AbortReason r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        return null;
    }
}
