package org.dicomharness.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dicomharness.steps.SuiteRunner;
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
            description = "what to test (default: reference, the bundled PACS in-process)")
    String target = TargetSettings.REFERENCE;

    @Option(names = "--calling", paramLabel = "AET", description = "our AE title (default HARNESS)")
    String callingAe = "HARNESS";

    @Option(names = "--viewer-port", paramLabel = "PORT",
            description = "port of the viewer's storage SCP: the C-MOVE destination HARNESS_VIEW that a remote target "
                    + "must know (default: a free port)")
    Integer viewerPort;

    @Option(names = "--modality-port", paramLabel = "PORT",
            description = "port of the modality's SCP, where a remote target sends storage commitment reports on a new "
                    + "association (default: a free port)")
    Integer modalityPort;

    @Option(names = {"-t", "--tags"}, paramLabel = "EXPRESSION",
            description = "Cucumber tag expression, e.g. '@archive and not @duplicates'")
    List<String> tags = new ArrayList<>();

    @Option(names = "--report", paramLabel = "DIR", description = "report folder (default: harness-report)")
    Path reportDirectory = Path.of("harness-report");

    @Override
    public Integer call() throws Exception {
        if (!TargetSettings.REFERENCE.equals(target)) {
            org.dicomharness.simulators.Target.parse(target);
        }
        if (viewerPort != null) {
            System.setProperty(TargetSettings.VIEWER_PORT_PROPERTY, viewerPort.toString());
        }
        if (modalityPort != null) {
            System.setProperty(TargetSettings.MODALITY_PORT_PROPERTY, modalityPort.toString());
        }
        System.out.println("harness run: target " + target + ", reports in " + reportDirectory.toAbsolutePath());
        int exit = SuiteRunner.run(new SuiteRunner.Options(features, tags, reportDirectory, target, callingAe));
        System.out.println("harness run: reports written to " + reportDirectory.toAbsolutePath().resolve("cucumber.html"));
        return exit == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
