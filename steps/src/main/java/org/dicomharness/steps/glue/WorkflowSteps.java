package org.dicomharness.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.Uid;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.simulators.Target;
import org.dicomharness.simulators.modality.AcquisitionSpec;
import org.dicomharness.simulators.modality.CommitmentOptions;
import org.dicomharness.simulators.modality.CommitmentResult;
import org.dicomharness.simulators.modality.MppsFinal;
import org.dicomharness.simulators.modality.MppsInProgress;
import org.dicomharness.simulators.modality.SendReport;
import org.dicomharness.simulators.modality.SentObject;
import org.dicomharness.simulators.modality.SopReference;
import org.dicomharness.simulators.modality.WorkflowPlan;
import org.dicomharness.simulators.modality.WorkflowResult;
import org.dicomharness.simulators.modality.WorkflowStep;
import org.dicomharness.simulators.modality.WorklistQuery;
import org.dicomharness.simulators.modality.WorklistResult;
import org.dicomharness.simulators.ris.Order;
import org.dicomharness.simulators.viewer.Query;
import org.dicomharness.simulators.viewer.QueryResult;
import org.dicomharness.steps.HarnessWorld;
import org.dicomharness.testdata.ObjectKind;

/**
 * The acquisition workflow of a modality: worklist (PS3.4 Annex K), MPPS (Annex F), storage and storage commitment
 * (Annex J), as IHE Scheduled Workflow strings them (RAD-5, 6, 8, 7, 10).
 */
public final class WorkflowSteps {

    private final HarnessWorld world;

    public WorkflowSteps(HarnessWorld world) {
        this.world = world;
    }

    @When("the modality performs an unscheduled {kind} acquisition of {int} images with MPPS and storage commitment")
    public void performUnscheduled(ObjectKind kind, int images) {
        Target target = world.environment().target();
        long seed = new SecureRandom().nextLong();
        AcquisitionSpec acquisition = AcquisitionSpec.of(kind, images).withSeed(seed);
        WorkflowPlan plan = WorkflowPlan.storeOnly(target, acquisition, world.environment().workDirectory()
                        .resolve("acquisitions").resolve(Long.toUnsignedString(seed, 36)))
                .withMpps(target).withCommitment(target, CommitmentOptions.defaults());
        WorkflowResult result = world.environment().modality().runWorkflow(plan);
        world.performed(result);
        world.evidence("acquisition workflow", result);
        world.note(result.table());
    }

    @When("the modality performs the step it finds on the worklist, with {int} images, MPPS and storage commitment")
    public void performScheduled(int images) {
        Order order = world.order();
        Target target = world.environment().target();
        long seed = new SecureRandom().nextLong();
        AcquisitionSpec acquisition = AcquisitionSpec.of(ObjectKind.forOption(order.modality()).get(0), images)
                .withSeed(seed);
        // PS3.4 K.6.1.2: a modality asks for the steps scheduled for its AE title; the Accession Number narrows
        // the answer to this scenario's order on a target that keeps other runs' orders.
        WorklistQuery query = WorklistQuery.forModality(order.modality())
                .withStationAeTitle(world.environment().modality().config().local().aeTitle())
                .withAccessionNumber(order.accessionNumber());
        WorkflowPlan plan = WorkflowPlan.fullAgainst(target, acquisition, world.environment().workDirectory()
                        .resolve("acquisitions").resolve(Long.toUnsignedString(seed, 36)))
                .withWorklist(target, query).withCommitment(target, CommitmentOptions.defaults());
        WorkflowResult result = world.environment().modality().runWorkflow(plan);
        world.performed(result);
        world.evidence("scheduled acquisition workflow", result);
        world.note(result.table());
    }

    @Given("the modality has performed the step it finds on the worklist, with {int} images")
    public void hasPerformedScheduled(int images) {
        performScheduled(images);
        WorkflowResult result = world.workflow();
        assertThat(result.succeeded()).as("scheduled workflow:%n%s", result.table()).isTrue();
    }

    /** The objects the modality stored in this scenario's workflow (procedure 1). */
    public static SendReport sentBy(WorkflowResult workflow) {
        return workflow.result(0, WorkflowStep.Kind.STORE, SendReport.class)
                .orElseThrow(() -> new AssertionError("no storage step: " + workflow.summary()));
    }

    @Then("the worklist gave the modality 1 step with the order's Accession Number, Patient ID and Study Instance UID")
    public void worklistMatchesOrder() {
        Order order = world.order();
        // The worklist query precedes the procedures it yields: the workflow files it under procedure -1.
        WorklistResult worklist = world.workflow().result(-1, WorkflowStep.Kind.WORKLIST_QUERY, WorklistResult.class)
                .orElseThrow(() -> new AssertionError("no worklist query: " + world.workflow().summary()));
        assertThat(worklist.succeeded()).as("MWL C-FIND: %s", worklist.summary()).isTrue();
        assertThat(worklist.items()).as("worklist items: %s", worklist.summary()).singleElement().satisfies(item -> {
            assertThat(item.accessionNumber()).as("Accession Number (0008,0050)").isEqualTo(order.accessionNumber());
            assertThat(item.patient().id()).as("Patient ID (0010,0020)").isEqualTo(order.patient().id());
            assertThat(item.studyInstanceUid()).as("Study Instance UID (0020,000D)")
                    .isEqualTo(order.studyInstanceUid());
            assertThat(item.requestedProcedureId()).as("Requested Procedure ID (0040,1001)")
                    .isEqualTo(order.requestedProcedureId());
            assertThat(item.scheduledProcedureStepId()).as("Scheduled Procedure Step ID (0040,0009)")
                    .isEqualTo(order.spsId());
        });
    }

    @Then("the acquired objects carry the order's Accession Number, Patient ID and Study Instance UID")
    public void objectsCarryOrder() {
        Order order = world.order();
        for (SentObject o : sentByWorkflow().objects()) {
            assertThat(o.header().getString(Tags.AccessionNumber)).as("Accession Number of %s", o.sopInstanceUid())
                    .isEqualTo(order.accessionNumber());
            assertThat(o.header().getString(Tags.PatientID)).as("Patient ID of %s", o.sopInstanceUid())
                    .isEqualTo(order.patient().id());
            assertThat(o.header().getString(Tags.StudyInstanceUID)).as("Study Instance UID of %s", o.sopInstanceUid())
                    .isEqualTo(order.studyInstanceUid());
        }
    }

    @Then("a STUDY level query by the order's Accession Number finds the study with {int} instances")
    public void studyFoundByAccession(int instances) {
        Order order = world.order();
        QueryResult result = world.find(Query.studies().match(Tags.AccessionNumber, order.accessionNumber())
                .returnKeys(Tags.PatientID, Tags.NumberOfStudyRelatedInstances));
        assertThat(result.matches()).as("studies found: %s", result.summary()).singleElement().satisfies(study -> {
            assertThat(study.getString(Tags.StudyInstanceUID)).isEqualTo(order.studyInstanceUid());
            assertThat(study.getString(Tags.PatientID)).isEqualTo(order.patient().id());
            assertThat(study.getString(Tags.NumberOfStudyRelatedInstances))
                    .as("Number of Study Related Instances (0020,1208)").isEqualTo(Integer.toString(instances));
        });
    }

    @Then("the performed procedure step was created IN PROGRESS and set COMPLETED, both with status Success")
    public void mppsCompleted() {
        WorkflowResult result = world.workflow();
        MppsInProgress created = result.result(0, WorkflowStep.Kind.MPPS_IN_PROGRESS, MppsInProgress.class)
                .orElseThrow(() -> new AssertionError("no MPPS N-CREATE step: " + result.summary()));
        assertThat(created.outcome()).as("N-CREATE-RSP: %s", created.summary()).isNotNull();
        assertThat(created.outcome().code()).as("N-CREATE status: %s", created.summary()).isZero();
        MppsFinal completed = result.result(0, WorkflowStep.Kind.MPPS_COMPLETED, MppsFinal.class)
                .orElseThrow(() -> new AssertionError("no MPPS N-SET COMPLETED step: " + result.summary()));
        assertThat(completed.outcome()).as("N-SET-RSP: %s", completed.summary()).isNotNull();
        assertThat(completed.outcome().code()).as("N-SET status: %s", completed.summary()).isZero();
        assertThat(completed.sopInstanceUid()).isEqualTo(created.sopInstanceUid());
    }

    @Then("every object of the acquisition is acknowledged with status Success")
    public void acquisitionStored() {
        SendReport sent = sentByWorkflow();
        assertThat(sent.objects()).as("objects acquired").isNotEmpty();
        StoreResponses.assertEvery(sent.objects(), "0000");
    }

    @Then("the target commits every object of the acquisition")
    public void everythingCommitted() {
        CommitmentResult commitment = world.workflow().result(0, WorkflowStep.Kind.STORAGE_COMMITMENT,
                CommitmentResult.class).orElseThrow(() -> new AssertionError("no storage commitment step: "
                        + world.workflow().summary()));
        List<String> sent = sentByWorkflow().objects().stream().map(SentObject::sopInstanceUid).toList();
        assertCommitted(commitment, sent);
        assertThat(commitment.failed()).as("Failed SOP Sequence: %s", commitment.summary()).isEmpty();
        assertThat(commitment.eventTypeId()).as("Event Type ID (1: all committed)").isEqualTo(1);
    }

    @When("the modality requests storage commitment for the study and for one object it never sent")
    public void commitWithUnknown() {
        List<SopReference> refs = new ArrayList<>();
        for (SentObject o : world.firstSend().objects()) {
            refs.add(new SopReference(o.sopClassUid(), o.sopInstanceUid()));
        }
        refs.add(new SopReference(refs.get(0).sopClassUid(), Uid.random()));
        CommitmentResult result = world.environment().modality().requestCommitment(world.environment().target(),
                refs, CommitmentOptions.defaults());
        world.committed(result);
        world.evidence("storage commitment", result);
    }

    @Then("the report commits the {int} objects sent and fails the other with Failure Reason {word}")
    public void partialCommitment(int count, String reason) {
        CommitmentResult result = world.commitment();
        List<String> sent = world.firstSend().objects().stream().map(SentObject::sopInstanceUid).toList();
        assertThat(sent).hasSize(count);
        assertCommitted(result, sent);
        assertThat(result.eventTypeId()).as("Event Type ID (2: failures exist)").isEqualTo(2);
        assertThat(result.failed()).as("Failed SOP Sequence: %s", result.summary()).singleElement()
                .satisfies(f -> assertThat(String.format("%04X", f.reason()))
                        .isEqualToIgnoringCase(reason));
    }

    private static void assertCommitted(CommitmentResult result, List<String> expected) {
        assertThat(result.delivery()).as("report delivery: %s", result.summary())
                .isNotEqualTo(CommitmentResult.Delivery.NOT_RECEIVED);
        assertThat(result.committed()).as("Referenced SOP Sequence: %s", result.summary())
                .extracting(SopReference::sopInstanceUid).containsExactlyInAnyOrderElementsOf(expected);
    }

    private SendReport sentByWorkflow() {
        return sentBy(world.workflow());
    }
}
