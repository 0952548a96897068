package org.dicomharness.dicom.net.pdu;

/**
 * A-ABORT PDU (PS3.8 9.3.8).
 *
 * @param source 0 service-user, 2 service-provider (1 is reserved)
 * @param reason Reason/Diag. (see {@link AbortReason}); 0 when the source is the service-user
 */
public record AAbort(int source, int reason) implements Pdu {

    /** An abort by the DICOM UL service-user (the application): reason not significant (0). */
    public static AAbort byServiceUser() {
        return new AAbort(AbortSource.SERVICE_USER.code(), 0);
    }

    /** An abort by the DICOM UL service-provider with a reason of Table 9-26. */
    public static AAbort byServiceProvider(AbortReason reason) {
        return new AAbort(AbortSource.SERVICE_PROVIDER.code(), reason.code());
    }

    @Override
    public PduType type() {
        return PduType.A_ABORT;
    }

    public boolean isServiceProviderAbort() {
        return source == AbortSource.SERVICE_PROVIDER.code();
    }

    @Override
    public String summary() {
        AbortSource s = AbortSource.ofCode(source);
        AbortReason r = AbortReason.ofCode(reason);
        return "source=" + source + " (" + (s == null ? "undefined" : s.standardName()) + ") reason=" + reason + " ("
                + (r == null ? "undefined" : r.standardName()) + ")";
    }
}
