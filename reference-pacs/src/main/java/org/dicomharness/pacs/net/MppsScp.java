package org.dicomharness.pacs.net;

import java.util.List;
import java.util.Set;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.net.dimse.NCreateRq;
import org.dicomharness.dicom.net.dimse.NCreateScp;
import org.dicomharness.dicom.net.dimse.NSetRq;
import org.dicomharness.dicom.net.dimse.NSetScp;
import org.dicomharness.dicom.net.dimse.Outcome;
import org.dicomharness.dicom.net.dimse.ResponseDetail;
import org.dicomharness.dicom.net.dimse.ScpContext;
import org.dicomharness.pacs.monitor.PacsMetrics;
import org.dicomharness.pacs.mpps.MppsResult;
import org.dicomharness.pacs.mpps.MppsService;

/**
 * The Modality Performed Procedure Step SCP (PS3.4 F.7): N-CREATE and N-SET handed to the {@link MppsService}, whose
 * {@link MppsResult} becomes the response as PS3.7 defines its fields: Status (0000,0900); Affected SOP Instance
 * UID (0000,1000), the one the SCP assigned when the N-CREATE-RQ had none (PS3.7 10.1.5.1.4); Error Comment
 * (0000,0902) saying why; Error ID (0000,0903) A710 with 0110 after a final state, with the Error Comment of PS3.4
 * Table F.7.2-2 word for word; the
 * Attribute Identifier List (0000,1005) with 0105 No such attribute, 0120 Missing attribute and 0121 Missing
 * attribute value (PS3.7 C.4, C.5); and, with 0106 Invalid attribute value and 0116 Attribute value out of range,
 * the offending attributes as the response's data set (the Modification List / Attribute List field of PS3.7 C.4.3
 * and C.5).
 */
final class MppsScp implements NCreateScp, NSetScp {

    /** The statuses whose related field is the Attribute Identifier List (PS3.7 C.5). */
    private static final Set<Integer> WITH_ATTRIBUTE_IDENTIFIERS = Set.of(MppsResult.NO_SUCH_ATTRIBUTE,
            MppsResult.MISSING_ATTRIBUTE, MppsResult.MISSING_ATTRIBUTE_VALUE);
    /** The statuses whose related field is the data set of the offending values (PS3.7 C.4.3, C.5). */
    private static final Set<Integer> WITH_OFFENDING_VALUES = Set.of(MppsResult.INVALID_ATTRIBUTE_VALUE,
            MppsResult.ATTRIBUTE_VALUE_OUT_OF_RANGE);

    private final MppsService mpps;
    private final PacsMetrics metrics;

    MppsScp(MppsService mpps, PacsMetrics metrics) {
        this.mpps = mpps;
        this.metrics = metrics;
    }

    @Override
    public Outcome create(ScpContext context, NCreateRq rq, Dataset attributeList) {
        Dataset attributes = attributeList == null ? new Dataset() : attributeList;
        MppsResult result = mpps.create(rq.affectedSopInstanceUid(), attributes,
                context.association().callingAeTitle());
        metrics.operation("N-CREATE MPPS", result.status());
        return respond(context, result, attributes).withSopInstanceUid(result.sopInstanceUid());
    }

    @Override
    public Outcome set(ScpContext context, NSetRq rq, Dataset modificationList) {
        MppsResult result = mpps.set(rq.requestedSopInstanceUid(), modificationList,
                context.association().callingAeTitle());
        metrics.operation("N-SET MPPS", result.status());
        return respond(context, result, modificationList);
    }

    private static Outcome respond(ScpContext context, MppsResult result, Dataset request) {
        if (result.isSuccess()) {
            return Outcome.success();
        }
        context.association().trace().note(String.format("MPPS %04X for %s: %s", result.status(),
                result.sopInstanceUid(), result.errorComment()));
        List<Integer> identifiers = WITH_ATTRIBUTE_IDENTIFIERS.contains(result.status())
                ? result.attributeIdentifiers() : List.of();
        // With Error ID A710 the Error Comment is the one PS3.4 Table F.7.2-2 gives; the details stay in the trace.
        String comment = Integer.valueOf(MppsResult.ERROR_ID_MAY_NO_LONGER_BE_UPDATED).equals(result.errorId())
                ? MppsResult.MAY_NO_LONGER_BE_UPDATED : ErrorComments.fit(result.errorComment());
        Outcome outcome = Outcome.of(result.status()).withDetail(new ResponseDetail(comment, result.errorId(),
                List.of(), identifiers));
        if (WITH_OFFENDING_VALUES.contains(result.status())) {
            Dataset offending = new Dataset();
            offending.addAll(request, e -> result.attributeIdentifiers().contains(e.tag()));
            if (!offending.isEmpty()) {
                outcome = outcome.withDataSet(offending);
            }
        }
        return outcome;
    }
}
