package org.dicomharness.dicom.net.pdu;

/**
 * Source and Reason/Diag. fields of the A-ASSOCIATE-RJ PDU (PS3.8 9.3.4, Table 9-21): each reason belongs
 * to one source, so the pair is one constant here.
 */
public enum AssociateRejectReason {
    // Source 1: DICOM UL service-user
    USER_NO_REASON_GIVEN(1, 1, "no-reason-given"),
    APPLICATION_CONTEXT_NAME_NOT_SUPPORTED(1, 2, "application-context-name-not-supported"),
    CALLING_AE_TITLE_NOT_RECOGNIZED(1, 3, "calling-AE-title-not-recognized"),
    CALLED_AE_TITLE_NOT_RECOGNIZED(1, 7, "called-AE-title-not-recognized"),
    // Source 2: DICOM UL service-provider (ACSE related function)
    ACSE_NO_REASON_GIVEN(2, 1, "no-reason-given"),
    PROTOCOL_VERSION_NOT_SUPPORTED(2, 2, "protocol-version-not-supported"),
    // Source 3: DICOM UL service-provider (Presentation related function)
    TEMPORARY_CONGESTION(3, 1, "temporary-congestion"),
    LOCAL_LIMIT_EXCEEDED(3, 2, "local-limit-exceeded");

    private final int source;
    private final int reason;
    private final String standardName;

    AssociateRejectReason(int source, int reason, String standardName) {
        this.source = source;
        this.reason = reason;
        this.standardName = standardName;
    }

    public int source() {
        return source;
    }

    public int reason() {
        return reason;
    }

    public String standardName() {
        return standardName;
    }

    /** The constant for a (source, reason) pair, or {@code null} when PS3.8 defines none (reserved values). */
    public static AssociateRejectReason of(int source, int reason) {
        for (AssociateRejectReason r : values()) {
            if (r.source == source && r.reason == reason) {
                return r;
            }
        }
        return null;
    }

    /** The name of a Source value of Table 9-21. */
    public static String sourceName(int source) {
        return switch (source) {
            case 1 -> "DICOM UL service-user";
            case 2 -> "DICOM UL service-provider (ACSE related function)";
            case 3 -> "DICOM UL service-provider (Presentation related function)";
            default -> "undefined source " + source;
        };
    }
}
