package org.dicomharness.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dicomharness.simulators.viewer.ReceivedObject;
import org.dicomharness.steps.HarnessWorld;
import org.dicomharness.testdata.WrittenFile;
import org.dicomharness.validation.IodValidator;
import org.dicomharness.validation.report.FileResult;
import org.dicomharness.validation.report.ReportFormat;

/** IOD validation (PS3.3) of what a scenario sends and of what the target gives back. */
public final class ValidationSteps {

    private final HarnessWorld world;
    private final IodValidator validator = new IodValidator();

    public ValidationSteps(HarnessWorld world) {
        this.world = world;
    }

    @Given("every object of the study passes IOD validation")
    public void studyValid() throws IOException {
        allPass("IOD validation of the objects to send", world.files().stream().map(WrittenFile::path).toList());
    }

    @Then("every retrieved object passes IOD validation")
    public void retrievedValid() throws IOException {
        allPass("IOD validation of the retrieved objects",
                world.lastRetrieve().received().stream().map(ReceivedObject::file).toList());
    }

    private void allPass(String title, List<Path> files) throws IOException {
        List<FileResult> results = files.stream().map(this::validate).toList();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ReportFormat.TEXT.write(results, text, false);
        String report = text.toString(StandardCharsets.UTF_8);
        world.evidence(title, report);
        assertThat(results).as("objects validated").isNotEmpty();
        assertThat(results.stream().filter(r -> !r.passed()).toList()).as("%s:%n%s", title, report).isEmpty();
    }

    private FileResult validate(Path file) {
        try {
            return FileResult.of(file.getFileName().toString(), validator.validate(file));
        } catch (IOException e) {
            return FileResult.unreadable(file.getFileName().toString(), e.getMessage());
        }
    }
}
