package org.dicomharness.steps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Gherkin suites with the harness's glue and reports: the summary on the console, and Cucumber's JSON,
 * HTML and JUnit XML in the report folder. The target is passed to the glue through system properties read by
 * {@link TargetSettings}.
 */
public final class SuiteRunner {

    /** What to run and where to put the evidence. */
    public record Options(List<String> features, List<String> tags, Path reportDirectory, String target,
                          String callingAe) {
    }

    private SuiteRunner() {
    }

    /** The built-in suites packaged with the harness. */
    public static final String BUILT_IN = "classpath:features";

    /** Runs the suites and returns the exit code: 0 when every scenario passed, 1 otherwise. */
    public static int run(Options options) throws java.io.IOException {
        Files.createDirectories(options.reportDirectory());
        if (options.target() != null) {
            System.setProperty(TargetSettings.TARGET_PROPERTY, options.target());
        }
        if (options.callingAe() != null) {
            System.setProperty(TargetSettings.CALLING_AE_PROPERTY, options.callingAe());
        }
        System.setProperty(TargetSettings.REPORT_DIRECTORY_PROPERTY, options.reportDirectory().toString());
        List<String> argv = new ArrayList<>();
        argv.add("--glue");
        argv.add("org.dicomharness.steps");
        argv.add("--plugin");
        argv.add(SummaryPlugin.class.getName());
        Path dir = options.reportDirectory().toAbsolutePath();
        argv.add("--plugin");
        argv.add("json:" + dir.resolve("cucumber.json"));
        argv.add("--plugin");
        argv.add("html:" + dir.resolve("cucumber.html"));
        argv.add("--plugin");
        argv.add("junit:" + dir.resolve("cucumber-junit.xml"));
        argv.add("--monochrome");
        for (String tag : options.tags()) {
            argv.add("--tags");
            argv.add(tag);
        }
        argv.addAll(options.features().isEmpty() ? List.of(BUILT_IN) : options.features());
        byte status = io.cucumber.core.cli.Main.run(argv.toArray(String[]::new),
                Thread.currentThread().getContextClassLoader());
        return status == 0 ? 0 : 1;
    }
}
