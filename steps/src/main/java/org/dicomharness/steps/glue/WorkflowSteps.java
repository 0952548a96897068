package org.dicomharness.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.Uid;
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
import org.dicomharness.steps.HarnessWorld;
import org.dicomharness.testdata.ObjectKind;

/** The acquisition workflow of a modality: MPPS (PS3.4 Annex F) and storage commitment (PS3.4 Annex J). */
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
        WorkflowPlan plan = WorkflowPlan.storeOnly(target, acquisition,
                        world.environment().workDirectory().resolve("acquisitions").resolve(Long.toUnsignedString(seed, 36)))
                .withMpps(target).withCommitment(target, CommitmentOptions.defaults());
        WorkflowResult result = world.environment().modality().runWorkflow(plan);
        world.performed(result);
        world.evidence("acquisition workflow", result);
        world.note(result.table());
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
        for (SentObject o : sent.objects()) {
            assertThat(o.outcome()).as("C-STORE-RSP for %s (%s)", o.sopInstanceUid(), o.failure()).isNotNull();
            assertThat(o.outcome().code()).as("C-STORE status for %s: %s", o.sopInstanceUid(), o.outcome())
                    .isZero();
        }
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
        return world.workflow().result(0, WorkflowStep.Kind.STORE, SendReport.class)
                .orElseThrow(() -> new AssertionError("no storage step: " + world.workflow().summary()));
    }
}
