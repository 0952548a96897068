package org.dicomharness.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.simulators.modality.SendReport;
import org.dicomharness.simulators.modality.SentObject;
import org.dicomharness.steps.HarnessWorld;
import org.dicomharness.testdata.WrittenFile;

/** What the simulated modality sends, and what the target answered (PS3.4 Annex B). */
public final class StorageSteps {

    private final HarnessWorld world;

    public StorageSteps(HarnessWorld world) {
        this.world = world;
    }

    @When("the modality sends the study")
    @When("the modality sends the study again")
    public void sendStudy() {
        SendReport report = world.environment().modality().sendFiles(world.environment().target(),
                world.files().stream().map(WrittenFile::path).toList());
        world.sent(report);
        world.evidence("C-STORE", report);
    }

    @Given("the modality has sent the study")
    public void hasSentStudy() {
        sendStudy();
        everyObjectAcknowledged();
    }

    @When("the modality sends the first object again with Study Description {string}")
    public void sendChangedFirstObject(String description) throws IOException {
        Dataset changed = Part10Reader.read(world.files().get(0).path()).dataset();
        changed.setString(Tags.StudyDescription, description);
        SendReport report = world.environment().modality().sendDatasets(world.environment().target(),
                List.of(changed));
        world.sent(report);
        world.evidence("C-STORE of a changed object", report);
    }

    @When("the modality sends the first object without its {word}")
    public void sendFirstObjectWithout(String keyword) throws IOException {
        int tag = ElementDictionary.standard().tagOf(keyword);
        Dataset broken = Part10Reader.read(world.files().get(0).path()).dataset();
        assertThat(broken.contains(tag)).as("the generated object has %s", keyword).isTrue();
        broken.remove(tag);
        SendReport report = world.environment().modality().sendDatasets(world.environment().target(),
                List.of(broken));
        world.sent(report);
        world.evidence("C-STORE of an object without " + keyword, report);
    }

    @Then("every object is acknowledged with status Success")
    public void everyObjectAcknowledged() {
        SendReport report = world.lastSend();
        assertThat(report.objects()).as("objects sent").hasSize(world.files().size());
        StoreResponses.assertEvery(report.objects(), "0000");
    }

    @Then("every object is acknowledged with warning {word}")
    public void everyObjectWarned(String hexStatus) {
        SendReport report = world.lastSend();
        assertThat(report.objects()).as("objects sent").hasSize(world.files().size());
        StoreResponses.assertEvery(report.objects(), hexStatus);
    }

    @Then("the object is refused with status {word}")
    public void objectRefused(String hexStatus) {
        StoreResponses.assertEvery(world.lastSend().objects().subList(0, 1), hexStatus);
    }

    @Then("the response's Error Comment names {word}")
    public void refusalNames(String what) {
        SentObject o = world.lastSend().objects().get(0);
        assertThat(o.outcome().errorComment()).as("Error Comment (0000,0902) of %s", o.outcome()).contains(what);
    }

    @Then("the response explains the refusal in its Error Comment")
    public void refusalExplained() {
        SentObject o = world.lastSend().objects().get(0);
        assertThat(o.outcome().errorComment()).as("Error Comment (0000,0902) of %s", o.outcome()).isNotBlank();
    }
}
