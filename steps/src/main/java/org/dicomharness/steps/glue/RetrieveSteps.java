package org.dicomharness.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import org.dicomharness.dicom.dict.Tags;
import java.util.List;
import org.dicomharness.simulators.modality.SentObject;
import org.dicomharness.simulators.viewer.Query;
import org.dicomharness.simulators.viewer.RetrieveOptions;
import org.dicomharness.simulators.viewer.RetrieveReport;
import org.dicomharness.simulators.viewer.VerifyOptions;
import org.dicomharness.steps.HarnessWorld;

/** Retrieving with C-MOVE and C-GET (PS3.4 C.4.2, C.4.3), and comparing what came back with what went in. */
public final class RetrieveSteps {

    private final HarnessWorld world;

    public RetrieveSteps(HarnessWorld world) {
        this.world = world;
    }

    @When("the viewer retrieves the study with C-MOVE")
    public void move() throws IOException {
        RetrieveReport report = world.move("C-MOVE", studyQuery());
        assertThat(report.succeeded()).as("C-MOVE: %s", report.summary()).isTrue();
    }

    @When("the viewer retrieves the study with C-GET")
    public void get() throws IOException {
        // A viewer that wants objects as they were stored proposes one context per (SOP Class, syntax) for the SOP
        // Classes it expects (PS3.4 C.4.3.1): the SCP then never has to convert.
        List<String> sopClasses = world.firstSend().objects().stream().map(SentObject::sopClassUid).distinct()
                .toList();
        RetrieveReport report = world.environment().viewer().get(world.environment().target(), studyQuery(),
                RetrieveOptions.of(sopClasses, RetrieveOptions.ALL_SYNTAXES));
        world.retrieved(report);
        world.evidence("C-GET", report);
        assertThat(report.succeeded()).as("C-GET: %s", report.summary()).isTrue();
    }

    @Then("the {int} retrieved objects are bit-identical to the ones sent")
    public void bitIdentical(int count) {
        RetrieveReport retrieved = world.lastRetrieve();
        assertThat(retrieved.received()).as("objects received: %s", retrieved.summary()).hasSize(count);
        world.verifyRetrieved(world.firstSend(), VerifyOptions.bitExact());
    }

    private Query studyQuery() {
        return Query.studies().match(Tags.StudyInstanceUID, world.study().studyInstanceUid());
    }
}
