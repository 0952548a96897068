package org.dicomharness.simulators.modality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.NEventReportScp;
import org.dicomharness.dicom.net.dimse.Outcome;
import org.dicomharness.dicom.net.ul.Association;

/**
 * Storage Commitment N-EVENT-REPORTs the modality receives as SCU (PS3.4 J.3.3), matched to the waiting request by
 * Transaction UID, whichever association they come on.
 */
final class CommitmentReports {

    // PS3.7 C.5 failure statuses of DIMSE-N.
    private static final int NO_SUCH_SOP_INSTANCE = 0x0112;
    private static final int NO_SUCH_EVENT_TYPE = 0x0113;
    private static final int MISSING_ATTRIBUTE = 0x0120;

    /** One report as received. */
    record Report(int eventTypeId, String transactionUid, List<SopReference> committed, List<CommitmentFailure> failed,
                  String retrieveAeTitle, CommitmentResult.Delivery delivery, Association association) {
    }

    private final Map<String, CompletableFuture<Report>> waiting = new ConcurrentHashMap<>();
    private final List<Report> unmatched = new CopyOnWriteArrayList<>();

    CompletableFuture<Report> expect(String transactionUid) {
        return waiting.computeIfAbsent(transactionUid, k -> new CompletableFuture<>());
    }

    void forget(String transactionUid) {
        waiting.remove(transactionUid);
    }

    /** Reports whose Transaction UID no request of this simulator was waiting for. */
    List<Report> unmatched() {
        return List.copyOf(unmatched);
    }

    /** The N-EVENT-REPORT handler for reports arriving by {@code delivery}. */
    NEventReportScp handler(CommitmentResult.Delivery delivery) {
        return (ctx, rq, info) -> {
            if (!Uids.StorageCommitmentPushModelInstance.equals(rq.affectedSopInstanceUid())) {
                return Outcome.failure(NO_SUCH_SOP_INSTANCE, "Affected SOP Instance UID "
                        + rq.affectedSopInstanceUid() + " is not the well-known Storage Commitment Push Model SOP "
                        + "Instance " + Uids.StorageCommitmentPushModelInstance + " (PS3.4 J.3.3)");
            }
            int type = rq.eventTypeId();
            if (type != 1 && type != 2) {
                return Outcome.failure(NO_SUCH_EVENT_TYPE, "Event Type ID " + type + " is neither 1 (successful) nor 2 (failures "
                        + "exist), PS3.4 Table J.3-2");
            }
            if (info == null || info.getString(Tags.TransactionUID) == null) {
                return Outcome.failure(MISSING_ATTRIBUTE, "the Event Information lacks the Transaction UID (0008,1195), Type 1 in "
                        + "PS3.4 Table J.3-2");
            }
            Report report = parse(type, info, delivery, ctx.association());
            CompletableFuture<Report> f = waiting.get(report.transactionUid());
            if (f == null) {
                unmatched.add(report);
                ctx.association().trace().note("storage commitment report for transaction "
                        + report.transactionUid() + ", which no request of this simulator is waiting for");
            } else {
                f.complete(report);
            }
            return Outcome.success();
        };
    }

    private static Report parse(int type, Dataset info, CommitmentResult.Delivery delivery, Association a) {
        List<SopReference> ok = new ArrayList<>();
        if (info.contains(Tags.ReferencedSOPSequence)) {
            Sequence seq = info.getSequence(Tags.ReferencedSOPSequence);
            for (Dataset item : seq) {
                ok.add(SopReference.of(item));
            }
        }
        List<CommitmentFailure> failed = new ArrayList<>();
        if (info.contains(Tags.FailedSOPSequence)) {
            for (Dataset item : info.getSequence(Tags.FailedSOPSequence)) {
                failed.add(new CommitmentFailure(SopReference.of(item), item.getInt(Tags.FailureReason, 0)));
            }
        }
        return new Report(type, info.getString(Tags.TransactionUID), ok, failed, info.getString(Tags.RetrieveAETitle),
                delivery, a);
    }
}
