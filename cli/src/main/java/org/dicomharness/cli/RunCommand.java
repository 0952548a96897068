package org.dicomharness.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dicomharness.steps.SuiteRunner;
import org.dicomharness.steps.TargetProfile;
import org.dicomharness.steps.TargetSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code harness run}: the main job. Runs the Gherkin suites (the built-in ones by default) against a target (the
 * reference PACS started in-process by default), prints a line per scenario and a verdict per feature, and writes
 * the reports. Exit 0 when every scenario passed, 1 otherwise.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = {
    "Run the conformance suites against a target and report, with evidence, what passed and what failed.",
    "Default: the built-in suites against the bundled reference PACS started in this process.",
    "Reports (Cucumber HTML and JSON, JUnit XML) go to --report; PDU traces are attached to every scenario."})
final class RunCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FEATURE",
            description = "feature files or folders (default: the built-in suites)")
    List<String> features = new ArrayList<>();

    @Option(names = "--target", paramLabel = "reference|AET@host:port",
            description = "what to test (default: the profile's target, else reference, the bundled PACS in-process)")
    String target;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "target profile (targets/*.yaml): the target, its ports, and the scenarios its conformance "
                    + "statement does not claim, each with the reason; options given here override it")
    Path profileFile;

    @Option(names = "--calling", paramLabel = "AET", description = "our AE title (default HARNESS)")
    String callingAe;

    @Option(names = "--viewer-port", paramLabel = "PORT",
            description = "port of the viewer's storage SCP: the C-MOVE destination HARNESS_VIEW that a remote target "
                    + "must know (default: a free port)")
    Integer viewerPort;

    @Option(names = "--modality-port", paramLabel = "PORT",
            description = "port of the modality's SCP, where a remote target sends storage commitment reports on a new "
                    + "association (default: a free port)")
    Integer modalityPort;

    @Option(names = "--hl7", paramLabel = "HOST:PORT",
            description = "where a remote target takes HL7 v2 orders over MLLP, for the @hl7 scenarios (the reference "
                    + "PACS's own listener is used when it is the target)")
    String hl7;

    @Option(names = {"-t", "--tags"}, paramLabel = "EXPRESSION",
            description = "Cucumber tag expression, e.g. '@archive and not @duplicates'")
    List<String> tags = new ArrayList<>();

    @Option(names = "--report", paramLabel = "DIR", description = "report folder (default: harness-report)")
    Path reportDirectory = Path.of("harness-report");

    @Override
    public Integer call() throws Exception {
        TargetProfile profile = profileFile == null ? null : TargetProfile.load(profileFile);
        if (profile != null) {
            applyProfile(profile);
        }
        if (target == null) {
            target = TargetSettings.REFERENCE;
        }
        if (callingAe == null) {
            callingAe = "HARNESS";
        }
        if (!TargetSettings.REFERENCE.equals(target)) {
            org.dicomharness.simulators.Target.parse(target);
        }
        if (viewerPort != null) {
            System.setProperty(TargetSettings.VIEWER_PORT_PROPERTY, viewerPort.toString());
        }
        if (modalityPort != null) {
            System.setProperty(TargetSettings.MODALITY_PORT_PROPERTY, modalityPort.toString());
        }
        if (hl7 != null) {
            TargetSettings.hostPort(hl7, "--hl7");
            System.setProperty(TargetSettings.HL7_PROPERTY, hl7);
        }
        System.out.println("harness run: target " + target + ", reports in " + reportDirectory.toAbsolutePath());
        int exit = SuiteRunner.run(new SuiteRunner.Options(features, tags, reportDirectory, target, callingAe));
        if (profile != null) {
            // The reports must say what was left out and why, not only what ran.
            StringBuilder notRun = new StringBuilder("profile " + profileFile + " (" + profile.name() + ")\n");
            profile.exclusions().forEach(e -> notRun.append("not run: ").append(e.tag()).append(": ")
                    .append(e.reason()).append('\n'));
            Files.writeString(reportDirectory.resolve("not-run.txt"), notRun);
        }
        System.out.println("harness run: reports written to " + reportDirectory.toAbsolutePath().resolve("cucumber.html"));
        return exit == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Fills what the command line left open from the profile, and leaves out what the target does not claim. */
    private void applyProfile(TargetProfile profile) {
        target = target != null ? target : profile.target();
        callingAe = callingAe != null ? callingAe : profile.callingAe();
        viewerPort = viewerPort != null ? viewerPort : profile.viewerPort();
        modalityPort = modalityPort != null ? modalityPort : profile.modalityPort();
        hl7 = hl7 != null ? hl7 : profile.hl7();
        System.out.println("harness run: profile " + profileFile + " (" + profile.name() + ")");
        for (TargetProfile.Exclusion e : profile.exclusions()) {
            System.out.println("  not run: " + e.tag() + ": " + e.reason());
        }
        if (!profile.exclusions().isEmpty()) {
            tags.add(profile.tagExpression());
        }
    }
}
