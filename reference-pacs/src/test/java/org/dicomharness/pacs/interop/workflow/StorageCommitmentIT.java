package org.dicomharness.pacs.interop.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.dimse.DimseResult;
import org.dicomharness.dicom.net.dimse.NActionRsp;
import org.dicomharness.dicom.net.dimse.NEventReportRq;
import org.dicomharness.dicom.net.dimse.Outcome;
import org.dicomharness.dicom.net.dimse.ServiceRegistry;
import org.dicomharness.dicom.net.pdu.AAssociateAc;
import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.pdu.PduType;
import org.dicomharness.dicom.net.pdu.RoleSelection;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.Association;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.TraceEntry;
import org.dicomharness.dicom.testing.TestImages;
import org.dicomharness.dicom.testing.TestScp;
import org.dicomharness.pacs.config.CommitmentReportMode;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.config.RemoteAe;
import org.dicomharness.pacs.index.Jdbc;
import org.dicomharness.pacs.net.ReferencePacs;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Storage Commitment Push Model SCP over real associations (PS3.4 J.3). DCMTK has no storage commitment client,
 * so our own DIMSE client requests commitment (see OrthancStorageCommitmentIT for a client nobody here wrote), and
 * the test checks the recorded traces against PS3.4 J.3.3: the N-ACTION-RSP, then the N-EVENT-REPORT-RQ with Event
 * Type ID 1 or 2 and the request's Transaction UID, the Referenced SOP Sequence of the committed instances and the
 * Failed SOP Sequence with Failure Reason 0112 for unknown ones; on the N-ACTION's association while it is open, or
 * on a new association whose A-ASSOCIATE-RQ proposes the SCP role for the Storage Commitment Push Model (SCP/SCU Role
 * Selection, PS3.7 D.3.3.4), which the requestor must accept.
 */
class StorageCommitmentIT {

    private static final String PUSH = Uids.StorageCommitmentPushModel;
    private static final String PUSH_INSTANCE = Uids.StorageCommitmentPushModelInstance;
    private static final String REQUESTOR = "MODALITY";
    private static final Duration REPORT_WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private ReferencePacs pacs;
    private final List<AutoCloseable> closing = new ArrayList<>();

    /** One N-EVENT-REPORT-RQ as the requestor received it. */
    private record Report(NEventReportRq rq, Dataset eventInformation, Association association) {
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
        if (pacs != null) {
            pacs.close();
        }
    }

    @Test
    void reportOnTheSameAssociationFollowsTheNActionResponse() throws Exception {
        startPacs(CommitmentReportMode.SAME_ASSOCIATION, null);
        List<TestImages.Ids> stored = store(2);
        BlockingQueue<Report> reports = new LinkedBlockingQueue<>();
        DimseClient requestor = requestor(reports);
        String transaction = "2.25.600000000000000000000000000000000001";
        String unknown = "2.25.600000000000000000000000000000000999";

        DimseResult action = requestor.nAction(PUSH, PUSH_INSTANCE, 1, actionInformation(transaction, stored, unknown));
        assertThat(action.status()).isZero();
        assertThat(((NActionRsp) action.response()).actionTypeId()).isEqualTo(1);

        Report report = reports.poll(REPORT_WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(report).as("N-EVENT-REPORT within " + REPORT_WAIT).isNotNull();
        assertThat(report.association()).as("on the N-ACTION's association").isSameAs(requestor.association());
        assertFailuresExist(report, transaction, stored, unknown);
        awaitOutcome(transaction, "N-EVENT-REPORT-RSP 0000");

        List<String> wire = DimseEvidence.messages(requestor.association());
        assertThat(wire).hasSize(4);
        assertThat(wire.get(0)).startsWith("DIMSE -> N-ACTION-RQ msg 1 ").contains("instance " + PUSH_INSTANCE)
                .contains("action type 1");
        assertThat(wire.get(1)).startsWith("DIMSE <- N-ACTION-RSP to msg 1 status 0000").contains("action type 1");
        assertThat(wire.get(2)).as("after the N-ACTION-RSP, PS3.4 J.3.3").startsWith("DIMSE <- N-EVENT-REPORT-RQ msg ")
                .contains("instance " + PUSH_INSTANCE).contains("event type 2").endsWith("+ data set");
        assertThat(wire.get(3)).startsWith("DIMSE -> N-EVENT-REPORT-RSP to msg ").contains("status 0000");
    }

    @Test
    void everyInstanceCommittedIsEventTypeOneWithoutFailedSequence() throws Exception {
        startPacs(CommitmentReportMode.SAME_ASSOCIATION, null);
        List<TestImages.Ids> stored = store(3);
        BlockingQueue<Report> reports = new LinkedBlockingQueue<>();
        DimseClient requestor = requestor(reports);
        String transaction = "2.25.600000000000000000000000000000000002";
        assertThat(requestor.nAction(PUSH, PUSH_INSTANCE, 1, actionInformation(transaction, stored, null)).status())
                .isZero();
        Report report = reports.poll(REPORT_WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(report).isNotNull();
        assertThat(report.rq().eventTypeId()).as("Storage Commitment Request Successful").isEqualTo(1);
        assertThat(report.eventInformation().getString(Tags.TransactionUID)).isEqualTo(transaction);
        assertThat(referenced(report.eventInformation().getSequence(Tags.ReferencedSOPSequence)))
                .containsExactlyElementsOf(stored.stream().map(TestImages.Ids::sopUid).toList());
        assertThat(report.eventInformation().contains(Tags.FailedSOPSequence)).isFalse();
        assertThat(report.eventInformation().getString(Tags.RetrieveAETitle)).isEqualTo(pacs.aeTitle());
    }

    @Test
    void reportOnANewAssociationProposesTheScpRole() throws Exception {
        BlockingQueue<Report> reports = new LinkedBlockingQueue<>();
        TestScp modality = modality(reports, true);
        startPacs(CommitmentReportMode.NEW_ASSOCIATION, modality.port());
        List<TestImages.Ids> stored = store(1);
        DimseClient requestor = requestor(new LinkedBlockingQueue<>());
        String transaction = "2.25.600000000000000000000000000000000003";
        String unknown = "2.25.600000000000000000000000000000000998";
        assertThat(requestor.nAction(PUSH, PUSH_INSTANCE, 1, actionInformation(transaction, stored, unknown)).status())
                .isZero();
        requestor.release();

        Report report = reports.poll(REPORT_WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(report).as("N-EVENT-REPORT at the requestor's listening AE").isNotNull();
        assertFailuresExist(report, transaction, stored, unknown);
        assertThat(DimseEvidence.messages(requestor.association())).as("nothing but the N-ACTION on the first one")
                .hasSize(2);

        Association reportAssociation = report.association();
        AAssociateRq rq = DimseEvidence.associateRq(reportAssociation, TraceEntry.Direction.RECEIVED);
        assertThat(rq.callingAeTitle()).isEqualTo(pacs.aeTitle());
        assertThat(rq.calledAeTitle()).isEqualTo(REQUESTOR);
        assertThat(rq.presentationContexts()).singleElement().satisfies(pc -> assertThat(pc.abstractSyntax())
                .isEqualTo(PUSH));
        assertThat(rq.userInformation().roleSelections()).as("SCU-role 0, SCP-role 1 (PS3.4 J.3.3.1.3)")
                .containsExactly(new RoleSelection(PUSH, false, true));
        AAssociateAc ac = (AAssociateAc) reportAssociation.trace().pdus(TraceEntry.Direction.SENT,
                PduType.A_ASSOCIATE_AC).get(0).pdu();
        assertThat(ac.userInformation().roleSelections()).containsExactly(new RoleSelection(PUSH, false, true));
        awaitOutcome(transaction, "N-EVENT-REPORT-RSP 0000");
        List<String> wire = DimseEvidence.messages(reportAssociation);
        assertThat(wire).hasSize(2);
        assertThat(wire.get(0)).startsWith("DIMSE <- N-EVENT-REPORT-RQ msg 1 ").contains("event type 2");
        assertThat(wire.get(1)).startsWith("DIMSE -> N-EVENT-REPORT-RSP to msg 1 status 0000");
    }

    @Test
    void aRequestorThatRefusesTheScpRoleGetsNoReportAndTheReasonIsRecorded() throws Exception {
        BlockingQueue<Report> reports = new LinkedBlockingQueue<>();
        TestScp modality = modality(reports, false);
        startPacs(CommitmentReportMode.NEW_ASSOCIATION, modality.port());
        List<TestImages.Ids> stored = store(1);
        DimseClient requestor = requestor(new LinkedBlockingQueue<>());
        String transaction = "2.25.600000000000000000000000000000000004";
        assertThat(requestor.nAction(PUSH, PUSH_INSTANCE, 1, actionInformation(transaction, stored, null)).status())
                .isZero();
        String outcome = awaitOutcome(transaction, "not delivered");
        assertThat(outcome).contains("did not accept the SCP role").contains("PS3.7 D.3.3.4");
        assertThat(reports).as("no N-EVENT-REPORT without the SCP role").isEmpty();
    }

    @Test
    void refusedRequestsNameTheStatusAndRecordNothing() throws Exception {
        startPacs(CommitmentReportMode.SAME_ASSOCIATION, null);
        List<TestImages.Ids> stored = store(1);
        BlockingQueue<Report> reports = new LinkedBlockingQueue<>();
        DimseClient requestor = requestor(reports);
        int instances = pacs.archive().index().all().size();

        DimseResult wrongInstance = requestor.nAction(PUSH, "2.25.1234", 1,
                actionInformation("2.25.600000000000000000000000000000000010", stored, null));
        assertThat(wrongInstance.status()).as("No such SOP Instance").isEqualTo(0x0112);
        assertThat(wrongInstance.response().detail().errorComment()).contains("not the well-known");

        DimseResult wrongAction = requestor.nAction(PUSH, PUSH_INSTANCE, 2,
                actionInformation("2.25.600000000000000000000000000000000011", stored, null));
        assertThat(wrongAction.status()).as("No such action").isEqualTo(0x0123);
        assertThat(wrongAction.response().detail().errorComment()).contains("Action Type ID 2 is not 1");

        Dataset noTransaction = actionInformation("2.25.1", stored, null);
        noTransaction.remove(Tags.TransactionUID);
        DimseResult invalid = requestor.nAction(PUSH, PUSH_INSTANCE, 1, noTransaction);
        assertThat(invalid.status()).as("Invalid argument value").isEqualTo(0x0115);
        assertThat(invalid.response().detail().errorComment()).contains("Transaction UID (0008,1195) is missing");
        assertThat(commitmentRows()).as("no transaction recorded").isZero();

        // Only unknown instances: accepted (0000), then a report that fails each with 0112, and nothing archived.
        String transaction = "2.25.600000000000000000000000000000000012";
        Dataset unknownOnly = new Dataset();
        unknownOnly.setString(Tags.TransactionUID, VR.UI, transaction);
        Sequence refs = unknownOnly.newSequence(Tags.ReferencedSOPSequence);
        for (String uid : List.of("2.25.700001", "2.25.700002")) {
            Dataset item = refs.addItem();
            item.setString(Tags.ReferencedSOPClassUID, VR.UI, Uids.CTImageStorage);
            item.setString(Tags.ReferencedSOPInstanceUID, VR.UI, uid);
        }
        assertThat(requestor.nAction(PUSH, PUSH_INSTANCE, 1, unknownOnly).status()).isZero();
        Report report = reports.poll(REPORT_WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(report).isNotNull();
        assertThat(report.rq().eventTypeId()).isEqualTo(2);
        assertThat(report.eventInformation().getString(Tags.TransactionUID))
                .as("the first report is the accepted request's: the refused ones sent none").isEqualTo(transaction);
        assertThat(report.eventInformation().contains(Tags.ReferencedSOPSequence)).isFalse();
        Sequence failed = report.eventInformation().getSequence(Tags.FailedSOPSequence);
        assertThat(referenced(failed)).containsExactly("2.25.700001", "2.25.700002");
        assertThat(failed).allSatisfy(item -> assertThat(item.getInt(Tags.FailureReason, -1)).isEqualTo(0x0112));
        assertThat(pacs.archive().index().all()).as("nothing archived or changed").hasSize(instances);
        assertThat(reports).isEmpty();

        List<String> wire = DimseEvidence.messages(requestor.association());
        assertThat(wire.get(1)).startsWith("DIMSE <- N-ACTION-RSP to msg 1 status 0112").contains("comment '");
        assertThat(wire.get(3)).startsWith("DIMSE <- N-ACTION-RSP to msg 2 status 0123");
        assertThat(wire.get(5)).startsWith("DIMSE <- N-ACTION-RSP to msg 3 status 0115");
    }

    // ------------------------------------------------------------------ helpers

    private void startPacs(CommitmentReportMode mode, Integer requestorPort) throws IOException {
        PacsConfig.Builder b = PacsConfig.defaults(dir.resolve("pacs")).toBuilder().port(0).fsync(false)
                .monitoringPort(-1).commitmentReports(mode);
        if (requestorPort != null) {
            b.remoteAe(new RemoteAe(REQUESTOR, "127.0.0.1", requestorPort));
        }
        pacs = ReferencePacs.start(b.build(), ArchivalValidator.NONE);
    }

    /** Stores {@code n} CT images of one study through C-STORE. */
    private List<TestImages.Ids> store(int n) throws IOException {
        List<TestImages.Ids> out = new ArrayList<>();
        try (DimseClient c = DimseClient.open(new AssociationRequestor(), "127.0.0.1", pacs.port(),
                AssociateRequestBuilder.of(REQUESTOR, pacs.aeTitle()).context(Uids.CTImageStorage,
                        Uids.ExplicitVRLittleEndian).build())) {
            TestImages.Ids ids = TestImages.Ids.fresh("PAT-SC", "Commit^Carla");
            for (int i = 0; i < n; i++) {
                assertThat(c.store(TestImages.ct(ids, 16, 16)).status()).isZero();
                out.add(ids);
                ids = ids.nextInstance();
            }
        }
        return out;
    }

    /** The requestor's association: Storage Commitment Push Model, with an N-EVENT-REPORT handler. */
    private DimseClient requestor(BlockingQueue<Report> reports) throws IOException {
        ServiceRegistry services = new ServiceRegistry().eventReport(PUSH, (ctx, rq, info) -> {
            reports.add(new Report(rq, info, ctx.association()));
            return Outcome.success();
        });
        DimseClient c = DimseClient.open(new AssociationRequestor(), "127.0.0.1", pacs.port(), AssociateRequestBuilder
                .of(REQUESTOR, pacs.aeTitle()).context(PUSH, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian)
                .build(), services, DimseOptions.defaults());
        closing.add(c);
        return c;
    }

    /** The requestor's listening AE for reports on a new association; {@code scpRole}: accept the PACS as SCP. */
    private TestScp modality(BlockingQueue<Report> reports, boolean scpRole) throws IOException {
        TestScp scp = TestScp.builder(dir.resolve("modality")).aeTitle(REQUESTOR)
                .policy(p -> {
                    p.accept(PUSH, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian);
                    if (scpRole) {
                        p.allowRequestorScpRole(PUSH);
                    }
                })
                .services(s -> s.eventReport(PUSH, (ctx, rq, info) -> {
                    reports.add(new Report(rq, info, ctx.association()));
                    return Outcome.success();
                }))
                .start();
        closing.add(scp);
        return scp;
    }

    private static Dataset actionInformation(String transaction, List<TestImages.Ids> stored, String unknown) {
        Dataset ds = new Dataset();
        ds.setString(Tags.TransactionUID, VR.UI, transaction);
        Sequence refs = ds.newSequence(Tags.ReferencedSOPSequence);
        for (TestImages.Ids ids : stored) {
            Dataset item = refs.addItem();
            item.setString(Tags.ReferencedSOPClassUID, VR.UI, Uids.CTImageStorage);
            item.setString(Tags.ReferencedSOPInstanceUID, VR.UI, ids.sopUid());
        }
        if (unknown != null) {
            Dataset item = refs.addItem();
            item.setString(Tags.ReferencedSOPClassUID, VR.UI, Uids.CTImageStorage);
            item.setString(Tags.ReferencedSOPInstanceUID, VR.UI, unknown);
        }
        return ds;
    }

    /** Event Type 2: the committed instances referenced, the unknown one failed with 0112 (PS3.4 J.3.3.1.1). */
    private static void assertFailuresExist(Report report, String transaction, List<TestImages.Ids> stored,
                                            String unknown) {
        assertThat(report.rq().affectedSopClassUid()).isEqualTo(PUSH);
        assertThat(report.rq().affectedSopInstanceUid()).isEqualTo(PUSH_INSTANCE);
        assertThat(report.rq().eventTypeId()).as("Complete - Failures Exist").isEqualTo(2);
        Dataset info = report.eventInformation();
        assertThat(info.getString(Tags.TransactionUID)).as("the N-ACTION's Transaction UID").isEqualTo(transaction);
        assertThat(referenced(info.getSequence(Tags.ReferencedSOPSequence)))
                .containsExactlyElementsOf(stored.stream().map(TestImages.Ids::sopUid).toList());
        Sequence failed = info.getSequence(Tags.FailedSOPSequence);
        assertThat(referenced(failed)).containsExactly(unknown);
        assertThat(failed.get(0).getString(Tags.ReferencedSOPClassUID)).isEqualTo(Uids.CTImageStorage);
        assertThat(failed.get(0).getInt(Tags.FailureReason, -1)).as("No such object instance").isEqualTo(0x0112);
    }

    private static List<String> referenced(Sequence seq) {
        List<String> out = new ArrayList<>();
        for (Dataset item : seq) {
            out.add(item.getString(Tags.ReferencedSOPInstanceUID));
        }
        return out;
    }

    private long commitmentRows() {
        return Jdbc.read(pacs.archive().index().dataSource(), "count", c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM commitment"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Waits for the delivery outcome the PACS records for a transaction, and returns it. */
    private String awaitOutcome(String transaction, String expected) throws InterruptedException {
        long end = System.nanoTime() + REPORT_WAIT.toNanos();
        String outcome = null;
        while (System.nanoTime() < end) {
            outcome = Jdbc.read(pacs.archive().index().dataSource(), "outcome", c -> {
                try (var ps = c.prepareStatement("SELECT report_outcome FROM commitment WHERE transaction_uid = ?")) {
                    ps.setString(1, transaction);
                    try (var rs = ps.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }
            });
            if (outcome != null && outcome.contains(expected)) {
                return outcome;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("transaction " + transaction + ": outcome '" + outcome + "', expected '" + expected
                + "' within " + REPORT_WAIT);
    }
}
