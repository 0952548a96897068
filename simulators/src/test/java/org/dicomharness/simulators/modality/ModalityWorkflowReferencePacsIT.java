package org.dicomharness.simulators.modality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.config.CommitmentReportMode;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.config.RemoteAe;
import org.dicomharness.pacs.net.ReferencePacs;
import org.dicomharness.simulators.CodedEntry;
import org.dicomharness.simulators.Patient;
import org.dicomharness.simulators.Target;
import org.dicomharness.simulators.ris.Hl7Ack;
import org.dicomharness.simulators.ris.Order;
import org.dicomharness.simulators.ris.OrderMessageType;
import org.dicomharness.simulators.ris.RisSimulator;
import org.dicomharness.simulators.viewer.InstanceVerdict;
import org.dicomharness.simulators.viewer.Query;
import org.dicomharness.simulators.viewer.RetrieveReport;
import org.dicomharness.simulators.viewer.VerificationReport;
import org.dicomharness.simulators.viewer.VerifyOptions;
import org.dicomharness.simulators.viewer.ViewerConfig;
import org.dicomharness.simulators.viewer.ViewerSimulator;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole acquisition workflow against the reference PACS, in-process: the RIS simulator schedules orders over
 * HL7 (ORM^O01 and OMI^O23), the modality simulator queries the worklist, reports MPPS IN PROGRESS, sends the
 * series, reports COMPLETED (or DISCONTINUED) and requests storage commitment, and the PACS's own records follow:
 * worklist step status, MPPS status, the objects with their accession numbers. The viewer then retrieves the study
 * and it is bit for bit what the modality sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModalityWorkflowReferencePacsIT {

    private ReferencePacs pacs;
    private ModalitySimulator modality;
    private RisSimulator ris;
    private Target target;
    private Path dir;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        dir = tmp;
        modality = new ModalitySimulator(ModalityConfig.of("MODCT"));
        pacs = ReferencePacs.start(config(tmp.resolve("pacs"), CommitmentReportMode.SAME_ASSOCIATION));
        ris = new RisSimulator();
        target = new Target(pacs.aeTitle(), "127.0.0.1", pacs.port());
    }

    /** The PACS with its HL7 listener, knowing the modality's AE for commitment reports on a new association. */
    private PacsConfig config(Path data, CommitmentReportMode reports) throws Exception {
        Target self = modality.startListener();
        return PacsConfig.defaults(data).toBuilder().port(0).hl7Port(0).monitoringPort(-1).fsync(false)
                .commitmentReports(reports).remoteAe(new RemoteAe(self.aeTitle(), self.host(), self.port())).build();
    }

    @AfterAll
    void stop() {
        if (ris != null) {
            ris.close();
        }
        if (pacs != null) {
            pacs.close();
        }
        if (modality != null) {
            modality.close();
        }
    }

    private void schedule(OrderMessageType type, String id, String accession) {
        schedule(pacs, type, id, accession);
    }

    private void schedule(ReferencePacs at, OrderMessageType type, String id, String accession) {
        Order order = Order.newOrder(type, new Patient("Flow^" + id, "WF-" + id, "HOSP", "19710101", "O"), accession,
                "RP-" + id, "SPS-" + id, "CT").withStation("MODCT", "CT room").withStart(LocalDateTime.now())
                .withCodes(new CodedEntry("CTHEAD", "99LOCAL", "CT head"), new CodedEntry("P-HEAD", "99LOCAL",
                        "Head protocol")).withPhysicians("Ref^Rita", "Req^Rolf");
        Hl7Ack ack = ris.sendOrder("127.0.0.1", at.hl7Port().orElseThrow(), order);
        assertThat(ack.accepted()).as(ack.summary() + "\n" + ack.sent().replace("\r", "\n")).isTrue();
    }

    private WorkflowPlan plan(String accession, int procedures, long seed) {
        return plan(target, accession, procedures, seed);
    }

    private WorkflowPlan plan(Target target, String accession, int procedures, long seed) {
        return WorkflowPlan.fullAgainst(target, new AcquisitionSpec(List.of(ObjectKind.CT), 1, 2, OutputSyntax.EXPLICIT,
                seed), dir.resolve("acq-" + accession)).withWorklist(target, WorklistQuery.forModality("CT")
                .withStationAeTitle("MODCT").withAccessionNumber(accession))
                .withProcedures(procedures);
    }

    @Test
    void scheduledWorkflowEndToEnd() throws Exception {
        schedule(OrderMessageType.ORM_O01, "A", "WFACC-1");
        schedule(OrderMessageType.OMI_O23, "B", "WFACC-2");
        WorkflowResult result = modality.runWorkflow(plan("WFACC-*", 2, 41));
        assertThat(result.succeeded()).as(result.table() + "\n" + result.traces()).isTrue();
        assertThat(result.steps()).hasSize(9).noneMatch(s -> s.verdict() == WorkflowStep.Verdict.SKIPPED);
        assertThat(result.procedures()).extracting(Procedure::accessionNumber)
                .containsExactlyInAnyOrder("WFACC-1", "WFACC-2");

        for (int i = 0; i < 2; i++) {
            Procedure p = result.procedures().get(i);
            MppsInProgress started = result.result(i, WorkflowStep.Kind.MPPS_IN_PROGRESS, MppsInProgress.class)
                    .orElseThrow();
            assertThat(pacs.archive().mppsStore().find(started.sopInstanceUid())).hasValueSatisfying(m ->
                    assertThat(m.status()).isEqualTo("COMPLETED"));
            assertThat(pacs.archive().worklistStore().all()).filteredOn(w -> p.accessionNumber().equals(
                    w.accessionNumber())).singleElement().satisfies(w ->
                    assertThat(w.status().name()).isEqualTo("COMPLETED"));
            CommitmentResult commitment = result.result(i, WorkflowStep.Kind.STORAGE_COMMITMENT, CommitmentResult.class)
                    .orElseThrow();
            assertThat(commitment.committed()).hasSize(2);
            assertThat(commitment.delivery()).isEqualTo(CommitmentResult.Delivery.SAME_ASSOCIATION);
        }

        // The viewer finds the study by accession number and retrieves exactly what was sent.
        Procedure first = result.procedures().get(0);
        SendReport sent = result.result(0, WorkflowStep.Kind.STORE, SendReport.class).orElseThrow();
        try (ViewerSimulator viewer = new ViewerSimulator(ViewerConfig.of("VIEWER", dir.resolve("viewer")))) {
            var studies = viewer.find(target, Query.studies().match(Tags.AccessionNumber, first.accessionNumber())
                    .returnKeys(Tags.PatientID));
            assertThat(studies.values(Tags.StudyInstanceUID)).containsExactly(first.studyInstanceUid());
            assertThat(studies.values(Tags.PatientID)).containsExactly(first.patient().id());
            RetrieveReport got = viewer.get(target, Query.studies().match(Tags.StudyInstanceUID,
                    first.studyInstanceUid()));
            assertThat(got.succeeded()).as(got.summary()).isTrue();
            VerificationReport v = viewer.verify(sent, got, VerifyOptions.bitExact());
            assertThat(v.succeeded()).as(v.summary()).isTrue();
            assertThat(v.count(InstanceVerdict.Verdict.IDENTICAL)).isEqualTo(2);
        }
    }

    /**
     * A PACS configured to report storage commitment on a new association (IHE RAD-10's asynchronous report) opens
     * one to the modality's SCP, with the SCP role selection the modality accepts; the step ends DISCONTINUED and the
     * worklist item follows.
     */
    @Test
    void discontinuedStepAndCommitmentReportOnANewAssociation() throws Exception {
        try (ReferencePacs other = ReferencePacs.start(config(dir.resolve("pacs-new-association"),
                CommitmentReportMode.NEW_ASSOCIATION))) {
            Target otherTarget = new Target(other.aeTitle(), "127.0.0.1", other.port());
            schedule(other, OrderMessageType.ORM_O01, "C", "WFDIS-1");
            WorkflowPlan plan = plan(otherTarget, "WFDIS-1", 1, 42).discontinued()
                    .withCommitment(otherTarget, CommitmentOptions.defaults().reportOnNewAssociation());
            WorkflowResult result = modality.runWorkflow(plan);
            assertThat(result.succeeded()).as(result.table() + "\n" + result.traces()).isTrue();
            assertThat(result.step(0, WorkflowStep.Kind.MPPS_DISCONTINUED)).hasValueSatisfying(s ->
                    assertThat(s.verdict()).isEqualTo(WorkflowStep.Verdict.PASSED));
            assertThat(other.archive().worklistStore().all()).filteredOn(w -> "WFDIS-1".equals(w.accessionNumber()))
                    .singleElement().satisfies(w -> assertThat(w.status().name()).isEqualTo("DISCONTINUED"));
            CommitmentResult commitment = result.result(0, WorkflowStep.Kind.STORAGE_COMMITMENT,
                    CommitmentResult.class).orElseThrow();
            assertThat(commitment.delivery()).isEqualTo(CommitmentResult.Delivery.NEW_ASSOCIATION);
            assertThat(commitment.associations()).hasSize(2);
            assertThat(commitment.associations().get(1).traceText()).contains("N-EVENT-REPORT-RQ")
                    .contains("RoleSelection");
        }
    }

    @Test
    void unscheduledProcedureWithMpps() {
        WorkflowPlan plan = WorkflowPlan.fullAgainst(target, new AcquisitionSpec(List.of(ObjectKind.CT), 1, 1,
                OutputSyntax.EXPLICIT, 43), dir.resolve("unscheduled")).withWorklist(null, null);
        WorkflowResult result = modality.runWorkflow(plan);
        assertThat(result.succeeded()).as(result.table() + "\n" + result.traces()).isTrue();
        assertThat(result.step(-1, WorkflowStep.Kind.WORKLIST_QUERY)).isEmpty();
        assertThat(result.procedures().get(0).isScheduled()).isFalse();
        MppsInProgress started = result.result(0, WorkflowStep.Kind.MPPS_IN_PROGRESS, MppsInProgress.class)
                .orElseThrow();
        assertThat(pacs.archive().mppsStore().find(started.sopInstanceUid())).hasValueSatisfying(m ->
                assertThat(m.status()).isEqualTo("COMPLETED"));
    }

    @Test
    void aRefusedMppsSetIsAFailedStepWithThePacsReason() {
        schedule(OrderMessageType.ORM_O01, "D", "WFREF-1");
        WorkflowResult first = modality.runWorkflow(plan("WFREF-1", 1, 44).withCommitment(null, null));
        assertThat(first.succeeded()).as(first.table()).isTrue();
        MppsInProgress step = first.result(0, WorkflowStep.Kind.MPPS_IN_PROGRESS, MppsInProgress.class).orElseThrow();
        // The step is COMPLETED: a further N-SET is refused (PS3.4 F.7.2.2: 0110 with Error ID A710).
        MppsFinal again = modality.completeProcedure(target, step, List.of());
        assertThat(again.succeeded()).isFalse();
        assertThat(again.outcome().code()).isEqualTo(0x0110);
        assertThat(again.summary()).contains("COMPLETED");
    }
}
