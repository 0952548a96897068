package org.dicomharness.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.simulators.modality.SendReport;
import org.dicomharness.simulators.viewer.Query;
import org.dicomharness.simulators.viewer.QueryLevel;
import org.dicomharness.simulators.viewer.QueryModel;
import org.dicomharness.simulators.viewer.QueryResult;
import org.dicomharness.simulators.viewer.RetrieveReport;
import org.dicomharness.steps.HarnessWorld;
import org.dicomharness.testdata.generator.RejectionReason;

/** IHE Imaging Object Change Management: rejection notes withdraw stored instances (RAD TF-3, RAD-66). */
public final class RejectionSteps {

    private final HarnessWorld world;

    public RejectionSteps(HarnessWorld world) {
        this.world = world;
    }

    /** The reason as the scenario says it; the note's title is the PS3.16 code for it. */
    @ParameterType(name = "rejectionReason",
            value = "quality reasons|patient safety reasons|an incorrect worklist entry|an expired retention period")
    public RejectionReason rejectionReason(String text) {
        return switch (text) {
            case "quality reasons" -> RejectionReason.QUALITY;
            case "patient safety reasons" -> RejectionReason.PATIENT_SAFETY;
            case "an incorrect worklist entry" -> RejectionReason.INCORRECT_WORKLIST_ENTRY;
            default -> RejectionReason.RETENTION_EXPIRED;
        };
    }

    @When("the modality sends a rejection note for {rejectionReason} naming the first image")
    public void sendRejectionNote(RejectionReason reason) {
        Dataset first = world.study().instances().get(0);
        Dataset note = world.generator().rejectionNote(world.study(), reason, List.of(first));
        SendReport report = world.environment().modality().sendDatasets(world.environment().target(), List.of(note));
        world.sent(report);
        world.evidence("C-STORE of a rejection note (" + reason.title().meaning() + ")", report);
    }

    @Then("the rejection note is acknowledged with status Success")
    public void noteAcknowledged() {
        StoreResponses.assertEvery(world.lastSend().objects(), "0000");
    }

    @Then("an IMAGE level query in the first series finds the other {int} instances only")
    public void rejectedImageNotFound(int count) {
        List<String> expected = world.study().series().get(0).instances().stream().skip(1)
                .map(d -> d.getString(Tags.SOPInstanceUID)).toList();
        QueryResult result = world.find(firstSeriesImages());
        assertThat(expected).hasSize(count);
        assertThat(result.values(Tags.SOPInstanceUID)).as("instances found: %s", result.summary())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Then("a C-MOVE of the rejected image retrieves nothing")
    public void rejectedImageNotRetrieved() throws IOException {
        String rejected = world.study().instances().get(0).getString(Tags.SOPInstanceUID);
        RetrieveReport report = world.move("C-MOVE of the rejected image",
                firstSeriesImages().match(Tags.SOPInstanceUID, rejected));
        assertThat(report.received()).as("objects received: %s", report.summary()).isEmpty();
    }

    private Query firstSeriesImages() {
        return Query.of(QueryModel.STUDY_ROOT, QueryLevel.IMAGE)
                .match(Tags.StudyInstanceUID, world.study().studyInstanceUid())
                .match(Tags.SeriesInstanceUID, world.study().series().get(0).seriesInstanceUid());
    }
}
