package org.dicomharness.pacs.net;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.net.dimse.NActionRq;
import org.dicomharness.dicom.net.dimse.NActionScp;
import org.dicomharness.dicom.net.dimse.Outcome;
import org.dicomharness.dicom.net.dimse.ScpContext;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.pacs.commitment.CommitmentException;
import org.dicomharness.pacs.commitment.CommitmentReport;
import org.dicomharness.pacs.commitment.StorageCommitmentService;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.monitor.PacsMetrics;

/**
 * The Storage Commitment Push Model SCP (PS3.4 J.3): the N-ACTION-RSP answers whether the request was taken
 * (0000), or refused with 0112 (not the well-known instance), 0123 (Action Type ID not 1), 0115 (unusable Action
 * Information) or 0110, with an Error Comment saying why. Once the N-ACTION-RSP is sent, the report the
 * {@link StorageCommitmentService} decided goes out as N-EVENT-REPORT through a {@link CommitmentReporter}, on a
 * thread of the PACS, so that the requestor's association is not held by the delivery.
 */
final class StorageCommitmentScp implements NActionScp {

    private final StorageCommitmentService commitment;
    private final PacsConfig config;
    private final AssociationRequestor requestor;
    private final Executor deliveries;
    private final PacsMetrics metrics;

    StorageCommitmentScp(StorageCommitmentService commitment, PacsConfig config, AssociationRequestor requestor,
                         Executor deliveries, PacsMetrics metrics) {
        this.commitment = commitment;
        this.config = config;
        this.requestor = requestor;
        this.deliveries = deliveries;
        this.metrics = metrics;
    }

    @Override
    public Outcome action(ScpContext context, NActionRq rq, Dataset actionInformation) {
        String callingAe = context.association().callingAeTitle();
        StorageCommitmentService.Accepted accepted;
        try {
            accepted = commitment.request(rq.requestedSopInstanceUid(), rq.actionTypeId(),
                    actionInformation == null ? new Dataset() : actionInformation, callingAe);
        } catch (CommitmentException e) {
            context.association().trace().note(String.format("Storage Commitment N-ACTION refused %04X: %s",
                    e.status(), e.getMessage()));
            metrics.operation("N-ACTION Storage Commitment", e.status());
            return Outcome.failure(e.status(), ErrorComments.fit(e.getMessage()));
        }
        CommitmentReport report = accepted.report();
        context.association().trace().note("Storage Commitment transaction " + report.transactionUid() + ": "
                + report.committed().size() + " committed, " + report.failed().size() + " failed; N-EVENT-REPORT "
                + "event type " + report.eventTypeId() + " follows the N-ACTION-RSP");
        context.afterResponse(() -> schedule(context, report));
        metrics.operation("N-ACTION Storage Commitment", accepted.status());
        return Outcome.of(accepted.status());
    }

    private void schedule(ScpContext context, CommitmentReport report) {
        try {
            deliveries.execute(() -> deliver(context, report));
        } catch (RejectedExecutionException e) {
            context.association().trace().note("Storage Commitment: the PACS is stopping; the N-EVENT-REPORT for "
                    + "transaction " + report.transactionUid() + " is not sent");
        }
    }

    private void deliver(ScpContext context, CommitmentReport report) {
        try {
            int status = commitment.deliver(report, new CommitmentReporter(context, config, requestor));
            metrics.operation("N-EVENT-REPORT Storage Commitment", status);
        } catch (IOException | RuntimeException e) {
            // deliver() recorded why in the index and the event log; the association's trace gets it too.
            context.association().trace().note("Storage Commitment: N-EVENT-REPORT for transaction "
                    + report.transactionUid() + " not delivered: " + e.getMessage());
        }
    }
}
