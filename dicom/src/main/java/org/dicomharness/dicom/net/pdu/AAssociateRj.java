package org.dicomharness.dicom.net.pdu;

/**
 * A-ASSOCIATE-RJ PDU (PS3.8 9.3.4). Raw field values are kept so that undefined values can be sent and recorded.
 *
 * @param result 1 rejected-permanent, 2 rejected-transient
 * @param source 1 service-user, 2 service-provider (ACSE), 3 service-provider (Presentation)
 * @param reason Reason/Diag., meaningful together with the source
 */
public record AAssociateRj(int result, int source, int reason) implements Pdu {

    public static AAssociateRj of(AssociateRejectResult result, AssociateRejectReason reason) {
        return new AAssociateRj(result.code(), reason.source(), reason.reason());
    }

    @Override
    public PduType type() {
        return PduType.A_ASSOCIATE_RJ;
    }

    /** The defined reason, or {@code null} for a reserved or undefined (source, reason). */
    public AssociateRejectReason rejectReason() {
        return AssociateRejectReason.of(source, reason);
    }

    @Override
    public String summary() {
        AssociateRejectResult r = AssociateRejectResult.ofCode(result);
        AssociateRejectReason why = rejectReason();
        return "result=" + result + " (" + (r == null ? "undefined" : r.standardName()) + ") source=" + source + " ("
                + AssociateRejectReason.sourceName(source) + ") reason=" + reason + " ("
                + (why == null ? "reserved/undefined" : why.standardName()) + ")";
    }
}
