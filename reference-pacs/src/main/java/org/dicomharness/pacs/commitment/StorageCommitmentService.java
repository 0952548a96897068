package org.dicomharness.pacs.commitment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.pacs.index.EventLog;
import org.dicomharness.pacs.index.IndexException;
import org.dicomharness.pacs.index.InstanceIndex;
import org.dicomharness.pacs.index.InstanceState;
import org.dicomharness.pacs.index.Jdbc;
import org.dicomharness.pacs.index.PacsEvent.Kind;
import org.dicomharness.pacs.index.StoredInstance;
import org.dicomharness.pacs.store.ObjectStore;

/**
 * The Storage Commitment Push Model SOP Class as SCP (PS3.4 Annex J). The PACS commits only to objects it really
 * holds: indexed, ACTIVE (not quarantined, superseded or rejected), under the requested SOP Class, and with their
 * file on disk at the indexed size (files are forced to disk before they are indexed, so an indexed file is durable).
 *
 * <p>The SCP adapter calls {@link #request} for the N-ACTION-RQ, answers the N-ACTION-RSP with
 * {@link Accepted#status()} (0000) or the {@link CommitmentException#status()}, then calls {@link #deliver} with the
 * report, which hands it to the {@link CommitmentReportSender}.
 */
public final class StorageCommitmentService {

    /** An accepted request: N-ACTION-RSP status 0000, and the report to deliver afterwards. */
    public record Accepted(int status, CommitmentReport report) {
    }

    private final InstanceIndex index;
    private final ObjectStore store;
    private final EventLog events;
    private final String aeTitle;

    public StorageCommitmentService(InstanceIndex index, ObjectStore store, EventLog events, String aeTitle) {
        this.index = index;
        this.store = store;
        this.events = events;
        this.aeTitle = aeTitle;
    }

    /**
     * Handles an N-ACTION-RQ of the Storage Commitment Push Model.
     *
     * @param requestedSopInstanceUid Requested SOP Instance UID (must be the well-known 1.2.840.10008.1.20.1.1)
     * @param actionTypeId            Action Type ID (must be 1, Request Storage Commitment)
     * @throws CommitmentException with the N-ACTION-RSP status: 0112, 0115, 0123, 0110
     */
    public Accepted request(String requestedSopInstanceUid, int actionTypeId, Dataset actionInformation,
                            String callingAe) {
        if (!Uids.StorageCommitmentPushModelInstance.equals(requestedSopInstanceUid)) {
            throw refuse(callingAe, new CommitmentException(CommitmentException.NO_SUCH_SOP_INSTANCE,
                    "Requested SOP Instance UID " + requestedSopInstanceUid + " is not the well-known Storage Commitment "
                            + "Push Model SOP Instance " + Uids.StorageCommitmentPushModelInstance + " (PS3.4 J.3.2)"));
        }
        if (actionTypeId != 1) {
            throw refuse(callingAe, new CommitmentException(CommitmentException.NO_SUCH_ACTION, "Action Type ID "
                    + actionTypeId + " is not 1 (Request Storage Commitment, PS3.4 Table J.3-1)"));
        }
        CommitmentRequest request;
        try {
            request = CommitmentRequest.parse(actionInformation, callingAe);
        } catch (CommitmentException e) {
            throw refuse(callingAe, e);
        }
        boolean duplicate;
        try {
            duplicate = !record(request);
        } catch (IndexException e) {
            throw refuse(callingAe, new CommitmentException(CommitmentException.PROCESSING_FAILURE,
                    "the index cannot record the request: " + e.getMessage()));
        }
        CommitmentReport report = duplicate ? duplicateReport(request) : evaluate(request);
        updateOutcome(request.transactionUid(), report, null);
        events.record(Kind.COMMITMENT, callingAe, null, null, "transaction " + request.transactionUid() + ": "
                + report.committed().size() + " committed, " + report.failed().size() + " failed"
                + (duplicate ? " (duplicate Transaction UID)" : ""));
        return new Accepted(0x0000, report);
    }

    /** Decides, for each referenced instance, whether the PACS commits to it (PS3.4 J.3.3.1). */
    public CommitmentReport evaluate(CommitmentRequest request) {
        List<CommitmentRequest.Reference> ok = new ArrayList<>();
        List<CommitmentReport.Failure> failed = new ArrayList<>();
        for (CommitmentRequest.Reference ref : request.references()) {
            Optional<StoredInstance> held = index.current(ref.sopInstanceUid());
            if (held.isEmpty() || held.get().state() == InstanceState.REJECTED) {
                failed.add(new CommitmentReport.Failure(ref, CommitmentReport.NO_SUCH_OBJECT_INSTANCE,
                        held.isEmpty() ? "not archived" : "rejected by an IOCM rejection note"));
            } else if (!held.get().sopClassUid().equals(ref.sopClassUid())) {
                failed.add(new CommitmentReport.Failure(ref, CommitmentReport.CLASS_INSTANCE_CONFLICT,
                        "archived as " + held.get().sopClassUid()));
            } else if (held.get().state() != InstanceState.ACTIVE) {
                failed.add(new CommitmentReport.Failure(ref, CommitmentReport.PROCESSING_FAILURE,
                        "held back from query/retrieve (" + held.get().state() + ")"));
            } else if (!durable(held.get())) {
                failed.add(new CommitmentReport.Failure(ref, CommitmentReport.PROCESSING_FAILURE,
                        "its file is missing or has another size than indexed"));
            } else {
                ok.add(ref);
            }
        }
        return new CommitmentReport(request.transactionUid(), request.requestorAe(), aeTitle, ok, failed);
    }

    /**
     * Sends the report through {@code sender} and records the outcome; a report the requestor answers with a status
     * other than Success, or that cannot be sent, is a workflow problem for the monitoring.
     */
    public int deliver(CommitmentReport report, CommitmentReportSender sender) throws IOException {
        try {
            int status = sender.send(report);
            updateOutcome(report.transactionUid(), report, String.format("N-EVENT-REPORT-RSP %04X", status));
            if (status != 0x0000) {
                events.record(Kind.COMMITMENT_UNDELIVERED, report.requestorAe(), null, null, "transaction "
                        + report.transactionUid() + ": " + report.requestorAe() + String.format(
                        " answered the N-EVENT-REPORT with status %04X", status));
            }
            return status;
        } catch (IOException e) {
            updateOutcome(report.transactionUid(), report, "not delivered: " + e.getMessage());
            events.record(Kind.COMMITMENT_UNDELIVERED, report.requestorAe(), null, null, "transaction "
                    + report.transactionUid() + ": N-EVENT-REPORT not delivered to " + report.requestorAe() + ": "
                    + e.getMessage());
            throw e;
        }
    }

    private boolean durable(StoredInstance instance) {
        try {
            Path file = store.resolve(instance.filePath());
            return Files.isRegularFile(file) && Files.size(file) == instance.fileSize();
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static CommitmentReport duplicateReport(CommitmentRequest request) {
        List<CommitmentReport.Failure> failed = new ArrayList<>();
        for (CommitmentRequest.Reference ref : request.references()) {
            failed.add(new CommitmentReport.Failure(ref, CommitmentReport.DUPLICATE_TRANSACTION_UID,
                    "Transaction UID " + request.transactionUid() + " was used before"));
        }
        return new CommitmentReport(request.transactionUid(), request.requestorAe(), null, List.of(), failed);
    }

    /** Records a new transaction; false when the Transaction UID is known already. */
    private boolean record(CommitmentRequest request) {
        return Jdbc.inTransaction(index.dataSource(), "record commitment " + request.transactionUid(), c -> {
            try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM commitment WHERE transaction_uid = ?")) {
                check.setString(1, request.transactionUid());
                if (check.executeQuery().next()) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO commitment (transaction_uid, requestor_ae, "
                    + "requested, failed, requested_at) VALUES (?,?,?,0,?)")) {
                ps.setString(1, request.transactionUid());
                ps.setString(2, Jdbc.fit(request.requestorAe(), 16));
                ps.setInt(3, request.references().size());
                ps.setTimestamp(4, Jdbc.now());
                ps.executeUpdate();
            }
            return true;
        });
    }

    private void updateOutcome(String transactionUid, CommitmentReport report, String outcome) {
        Jdbc.inTransaction(index.dataSource(), "update commitment " + transactionUid, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE commitment SET failed = ?, report_outcome = ?"
                    + (outcome != null ? ", reported_at = ?" : "") + " WHERE transaction_uid = ?")) {
                ps.setInt(1, report.failed().size());
                ps.setString(2, Jdbc.fit(outcome, 400));
                int i = 3;
                if (outcome != null) {
                    ps.setTimestamp(i++, Jdbc.now());
                }
                ps.setString(i, transactionUid);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private CommitmentException refuse(String callingAe, CommitmentException e) {
        events.record(Kind.COMMITMENT_REFUSED, callingAe, null, null,
                String.format("N-ACTION refused %04X: ", e.status()) + e.getMessage());
        return e;
    }
}
