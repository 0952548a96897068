package org.dicomharness.steps;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStepFinished;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints one line per scenario as it finishes, and at the end a verdict per feature and overall: what a QA
 * lead reads first. Failures show the failing step and its message, which carries the evidence.
 */
public final class SummaryPlugin implements ConcurrentEventListener {

    /** The verdict of one scenario. */
    public record ScenarioResult(String feature, String name, Status status, Duration duration, String failedStep,
                                 String message) {
    }

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final Map<TestCase, String> failedSteps = new ConcurrentHashMap<>();
    private final List<ScenarioResult> results = new ArrayList<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::caseFinished);
        publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
    }

    private void stepFinished(TestStepFinished event) {
        if (event.getResult().getStatus() != Status.PASSED && event.getResult().getStatus() != Status.SKIPPED
                && event.getTestStep() instanceof PickleStepTestStep step) {
            failedSteps.putIfAbsent(event.getTestCase(), step.getStep().getKeyword() + step.getStep().getText());
        }
    }

    private synchronized void caseFinished(TestCaseFinished event) {
        TestCase tc = event.getTestCase();
        Result result = event.getResult();
        ScenarioResult r = new ScenarioResult(featureName(tc.getUri()), tc.getName(), result.getStatus(),
                result.getDuration(), failedSteps.get(tc),
                result.getError() == null ? null : firstLines(String.valueOf(result.getError().getMessage()), 12));
        results.add(r);
        out.printf("[%d] %-7s %s: %s (%.1f s)%n", results.size(), label(r.status()), r.feature(), r.name(),
                r.duration().toMillis() / 1000.0);
        if (r.failedStep() != null) {
            out.println("        at step: " + r.failedStep());
        }
        if (r.message() != null && r.status() == Status.FAILED) {
            r.message().lines().forEach(l -> out.println("        " + l));
        }
    }

    private synchronized void runFinished(TestRunFinished event) {
        Map<String, int[]> byFeature = new LinkedHashMap<>();
        for (ScenarioResult r : results) {
            int[] counts = byFeature.computeIfAbsent(r.feature(), f -> new int[3]);
            counts[r.status() == Status.PASSED ? 0 : r.status() == Status.FAILED ? 1 : 2]++;
        }
        out.println();
        out.println("Summary");
        out.printf("  %-48s %6s %6s %6s%n", "feature", "passed", "failed", "other");
        int[] total = new int[3];
        byFeature.forEach((feature, c) -> {
            out.printf("  %-48s %6d %6d %6d%n", truncate(feature, 48), c[0], c[1], c[2]);
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        out.printf("  %-48s %6d %6d %6d%n", "total", total[0], total[1], total[2]);
        boolean green = total[1] == 0 && total[2] == 0 && total[0] > 0;
        out.println(green ? "VERDICT: PASS" : "VERDICT: FAIL");
    }

    /** What ran so far, in order. */
    public synchronized List<ScenarioResult> results() {
        return List.copyOf(results);
    }

    private static String label(Status status) {
        return switch (status) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case UNDEFINED -> "UNDEF";
            case PENDING -> "PENDING";
            case AMBIGUOUS -> "AMBIG";
            default -> status.name();
        };
    }

    private static String featureName(URI uri) {
        String path = uri.getSchemeSpecificPart();
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.endsWith(".feature") ? file.substring(0, file.length() - ".feature".length()) : file;
    }

    private static String firstLines(String text, int max) {
        List<String> lines = text.lines().limit(max).toList();
        return String.join("\n", lines);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
