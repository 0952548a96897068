package org.dicomharness.pacs.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.ArchiveFixture;
import org.dicomharness.pacs.index.Jdbc;
import org.dicomharness.pacs.index.PacsEvent;
import org.dicomharness.pacs.monitor.AssociationLog;
import org.dicomharness.pacs.monitor.MonitoringApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageCommitmentServiceTest {

    private static final String SC = Uids.SecondaryCaptureImageStorage;
    private static final String PUSH = Uids.StorageCommitmentPushModelInstance;

    @TempDir
    Path dir;

    private Archive archive;

    /** Records what the network layer would send, and answers Success. */
    static final class RecordingSender implements CommitmentReportSender {
        final List<CommitmentReport> sent = new ArrayList<>();

        @Override
        public int send(CommitmentReport report) {
            sent.add(report);
            return 0x0000;
        }
    }

    @BeforeEach
    void open() throws IOException {
        archive = ArchiveFixture.open(dir);
        for (int i = 1; i <= 3; i++) {
            assertThat(ArchiveFixture.store(archive, ArchiveFixture.secondaryCapture("1.2.3.1." + i, "P1", "1.2.3",
                    "s"), "MOD").status()).isZero();
        }
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void everyInstanceDurableAndActiveGivesEventType1() throws IOException {
        StorageCommitmentService.Accepted accepted = archive.commitment().request(PUSH, 1,
                action("2.25.1", ref(SC, "1.2.3.1.1"), ref(SC, "1.2.3.1.2")), "MOD");
        assertThat(accepted.status()).isZero();
        CommitmentReport report = accepted.report();
        assertThat(report.eventTypeId()).isEqualTo(CommitmentReport.SUCCESSFUL);
        Dataset info = report.toEventInformation();
        assertThat(info.getString(Tags.TransactionUID)).isEqualTo("2.25.1");
        assertThat(info.getString(Tags.RetrieveAETitle)).isEqualTo("REFPACS");
        assertThat(info.getSequence(Tags.ReferencedSOPSequence).items())
                .extracting(i -> i.getString(Tags.ReferencedSOPInstanceUID)).containsExactly("1.2.3.1.1", "1.2.3.1.2");
        assertThat(info.contains(Tags.FailedSOPSequence)).isFalse();

        RecordingSender sender = new RecordingSender();
        assertThat(archive.commitment().deliver(report, sender)).isZero();
        assertThat(sender.sent).containsExactly(report);
        assertThat(outcome("2.25.1")).isEqualTo("N-EVENT-REPORT-RSP 0000");
    }

    @Test
    void refusalsAndUndeliveredReportsAreWorkflowProblemsForTheMonitoring() throws IOException {
        assertThatThrownBy(() -> archive.commitment().request(PUSH, 7, action("2.25.70", ref(SC, "1.2.3.1.1")),
                "MOD")).isInstanceOf(CommitmentException.class);
        CommitmentReport report = archive.commitment().request(PUSH, 1, action("2.25.71", ref(SC, "1.2.3.1.1")), "MOD")
                .report();
        assertThatThrownBy(() -> archive.commitment().deliver(report, r -> {
            throw new IOException("connection refused");
        })).isInstanceOf(IOException.class);
        CommitmentReport refusedByRequestor = archive.commitment().request(PUSH, 1, action("2.25.72",
                ref(SC, "1.2.3.1.2")), "MOD").report();
        assertThat(archive.commitment().deliver(refusedByRequestor, r -> 0x0122)).isEqualTo(0x0122);
        assertThat(outcome("2.25.72")).isEqualTo("N-EVENT-REPORT-RSP 0122");
        List<PacsEvent> problems = new MonitoringApi(archive, new AssociationLog()).workflowProblems(10);
        assertThat(problems).extracting(PacsEvent::kind).containsExactlyInAnyOrder(
                PacsEvent.Kind.COMMITMENT_REFUSED, PacsEvent.Kind.COMMITMENT_UNDELIVERED,
                PacsEvent.Kind.COMMITMENT_UNDELIVERED);
        assertThat(problems).extracting(PacsEvent::detail).anySatisfy(d -> assertThat(d)
                .contains("answered the N-EVENT-REPORT with status 0122"));
        assertThat(problems).extracting(PacsEvent::detail).anySatisfy(d -> assertThat(d)
                .contains("N-ACTION refused 0123").contains("Action Type ID 7 is not 1"))
                .anySatisfy(d -> assertThat(d).contains("transaction 2.25.71").contains("connection refused"));
    }

    @Test
    void failureReasonsOfJ3() throws IOException {
        Files.delete(archive.store().resolve(archive.index().current("1.2.3.1.3").orElseThrow().filePath()));
        CommitmentReport report = archive.commitment().request(PUSH, 1, action("2.25.2", ref(SC, "1.2.3.1.1"),
                ref(SC, "9.9.9"), ref(Uids.CTImageStorage, "1.2.3.1.2"), ref(SC, "1.2.3.1.3")), "MOD").report();
        assertThat(report.eventTypeId()).isEqualTo(CommitmentReport.FAILURES_EXIST);
        Dataset info = report.toEventInformation();
        assertThat(info.getSequence(Tags.ReferencedSOPSequence).items())
                .extracting(i -> i.getString(Tags.ReferencedSOPInstanceUID)).containsExactly("1.2.3.1.1");
        Sequence failed = info.getSequence(Tags.FailedSOPSequence);
        assertThat(failed.items()).extracting(i -> i.getString(Tags.ReferencedSOPInstanceUID) + "="
                + Integer.toHexString(i.getInt(Tags.FailureReason, -1)))
                .containsExactly("9.9.9=112", "1.2.3.1.2=119", "1.2.3.1.3=110");
        assertThat(failed.get(0).get(Tags.FailureReason).vr()).isEqualTo(VR.US);
        assertThat(report.failed().get(1).why()).contains("archived as " + SC);
    }

    @Test
    void duplicateTransactionUidFailsEveryInstanceWith0131() {
        archive.commitment().request(PUSH, 1, action("2.25.3", ref(SC, "1.2.3.1.1")), "MOD");
        CommitmentReport again = archive.commitment().request(PUSH, 1, action("2.25.3", ref(SC, "1.2.3.1.1")), "MOD")
                .report();
        assertThat(again.committed()).isEmpty();
        assertThat(again.failed()).singleElement().satisfies(f ->
                assertThat(f.reason()).isEqualTo(CommitmentReport.DUPLICATE_TRANSACTION_UID));
    }

    @Test
    void nActionRefusals() {
        assertThatThrownBy(() -> archive.commitment().request("1.2.3", 1, action("2.25.4", ref(SC, "1.2.3.1.1")), "M"))
                .isInstanceOf(CommitmentException.class).hasMessageContaining("well-known")
                .extracting(e -> ((CommitmentException) e).status()).isEqualTo(0x0112);
        assertThatThrownBy(() -> archive.commitment().request(PUSH, 2, action("2.25.4", ref(SC, "1.2.3.1.1")), "M"))
                .isInstanceOf(CommitmentException.class).hasMessageContaining("Action Type ID 2")
                .extracting(e -> ((CommitmentException) e).status()).isEqualTo(0x0123);
        Dataset noTransaction = action("2.25.4", ref(SC, "1.2.3.1.1"));
        noTransaction.remove(Tags.TransactionUID);
        assertThatThrownBy(() -> archive.commitment().request(PUSH, 1, noTransaction, "M"))
                .isInstanceOf(CommitmentException.class).hasMessageContaining("Transaction UID (0008,1195) is missing")
                .extracting(e -> ((CommitmentException) e).status()).isEqualTo(0x0115);
        assertThatThrownBy(() -> archive.commitment().request(PUSH, 1, action("2.25.4"), "M"))
                .isInstanceOf(CommitmentException.class).hasMessageContaining("nothing to commit");
        assertThat(outcome("2.25.4")).as("nothing recorded for refused requests").isNull();
    }

    @Test
    void undeliverableReportIsRecorded() {
        CommitmentReport report = archive.commitment().request(PUSH, 1, action("2.25.5", ref(SC, "1.2.3.1.1")), "MOD")
                .report();
        assertThatThrownBy(() -> archive.commitment().deliver(report, r -> {
            throw new IOException("no remote AE named MOD is configured");
        })).isInstanceOf(IOException.class);
        assertThat(outcome("2.25.5")).isEqualTo("not delivered: no remote AE named MOD is configured");
    }

    private String outcome(String transactionUid) {
        return Jdbc.read(archive.index().dataSource(), "read", c -> {
            try (var ps = c.prepareStatement("SELECT report_outcome FROM commitment WHERE transaction_uid = ?")) {
                ps.setString(1, transactionUid);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private static String[] ref(String cls, String inst) {
        return new String[] {cls, inst};
    }

    private static Dataset action(String transaction, String[]... refs) {
        Dataset ds = new Dataset();
        ds.setString(Tags.TransactionUID, VR.UI, transaction);
        Sequence seq = ds.newSequence(Tags.ReferencedSOPSequence);
        for (String[] r : refs) {
            Dataset item = seq.addItem();
            item.setString(Tags.ReferencedSOPClassUID, VR.UI, r[0]);
            item.setString(Tags.ReferencedSOPInstanceUID, VR.UI, r[1]);
        }
        return ds;
    }
}
