package org.dicomharness.dicom.net.pdu;

/** The Result/Reason field of a Presentation Context Item in an A-ASSOCIATE-AC (PS3.8 9.3.3.2, Table 9-18). */
public enum PresentationContextResult {
    ACCEPTANCE(0, "acceptance"),
    USER_REJECTION(1, "user-rejection"),
    NO_REASON(2, "no-reason (provider rejection)"),
    ABSTRACT_SYNTAX_NOT_SUPPORTED(3, "abstract-syntax-not-supported (provider rejection)"),
    TRANSFER_SYNTAXES_NOT_SUPPORTED(4, "transfer-syntaxes-not-supported (provider rejection)");

    private final int code;
    private final String standardName;

    PresentationContextResult(int code, String standardName) {
        this.code = code;
        this.standardName = standardName;
    }

    public int code() {
        return code;
    }

    public String standardName() {
        return standardName;
    }

    /** The result with this code, or {@code null} for a value PS3.8 does not define. */
    public static PresentationContextResult ofCode(int code) {
        for (PresentationContextResult r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        return null;
    }

    /** "code (name)", or "code (undefined)" for values PS3.8 does not define. */
    public static String describe(int code) {
        PresentationContextResult r = ofCode(code);
        return code + " (" + (r == null ? "undefined" : r.standardName) + ")";
    }
}
