package org.dicomharness.steps.glue;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.function.Consumer;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.steps.HarnessWorld;
import org.dicomharness.testdata.GeneratedCorpus;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.StudyGenerator;
import org.dicomharness.testdata.TestStudy;
import org.dicomharness.testdata.WrittenFile;
import org.dicomharness.testdata.context.StudyContext;
import org.dicomharness.testdata.corpus.VendorQuirkCorpus;
import org.dicomharness.testdata.syntax.OutputSyntax;

/** Making the study a scenario works with: synthetic, PHI-free, reproducible from the seed in the report. */
public final class StudySteps {

    private final HarnessWorld world;

    public StudySteps(HarnessWorld world) {
        this.world = world;
    }

    /** A transfer syntax by its PS3.6 name (e.g. {@code JPEG Baseline (Process 1)}), option name or UID. */
    @ParameterType(name = "syntax", value = "[A-Za-z0-9 ().-]+")
    public OutputSyntax syntax(String name) {
        return OutputSyntax.parse(name);
    }

    /** A modality or object kind as {@code harness generate --modality} names it (CT, MR, US, SC, RDSR...). */
    @ParameterType(name = "kind", value = "[A-Z][A-Z-]*")
    public ObjectKind kind(String name) {
        List<ObjectKind> kinds = ObjectKind.forOption(name);
        return kinds.get(0);
    }

    @Given("a generated {kind} study with {int} series of {int} image(s)")
    public void generatedStudy(ObjectKind kind, int series, int images) throws IOException {
        generate(kind, series, images, OutputSyntax.EXPLICIT, d -> { });
    }

    @Given("a generated CT study with {int} series of {int} image(s) as a legacy CT writes it")
    public void legacyCtStudy(int series, int images) throws IOException {
        generate(ObjectKind.CT, series, images, OutputSyntax.EXPLICIT, VendorQuirkCorpus::ctVendor);
    }

    @Given("a generated {kind} study with {int} series of {int} image(s) in {syntax}")
    public void generatedStudyIn(ObjectKind kind, int series, int images, OutputSyntax syntax) throws IOException {
        generate(kind, series, images, syntax, d -> { });
    }

    /** @param quirk what a particular device does to each object before it is written */
    private void generate(ObjectKind kind, int series, int images, OutputSyntax syntax, Consumer<Dataset> quirk)
            throws IOException {
        long seed = new SecureRandom().nextLong();
        StudyGenerator generator = new StudyGenerator(seed);
        StudyContext context = generator.studyContext(0, kind.seriesDescription())
                .withPatientId(world.environment().nextPatientId());
        TestStudy study = generator.generate(context, List.of(kind), series, images);
        study.instances().forEach(quirk);
        Path dir = world.environment().workDirectory().resolve("studies").resolve(Long.toUnsignedString(seed, 36));
        List<WrittenFile> files = GeneratedCorpus.writeStudy(dir, study, syntax, f -> { });
        List<WrittenFile> notInSyntax = files.stream().filter(f -> !f.inRequestedSyntax()).toList();
        if (!notInSyntax.isEmpty()) {
            throw new IllegalStateException(kind + " objects cannot be written in " + syntax.transferSyntax().name()
                    + ": " + notInSyntax.get(0).note());
        }
        world.study(generator, study, files);
        world.note("generated " + files.size() + " " + kind + " object(s) in " + syntax.transferSyntax().name()
                + ", seed " + seed + ", Patient ID " + context.patient().id() + ", Study Instance UID "
                + study.studyInstanceUid());
    }
}
