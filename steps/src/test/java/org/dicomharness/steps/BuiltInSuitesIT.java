package org.dicomharness.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in suites pass against the reference PACS started in-process: what {@code ./harness run} does. */
class BuiltInSuitesIT {

    @Test
    void builtInSuitesPassAgainstTheReferencePacs() throws Exception {
        Path reports = Path.of("target", "harness-run");
        int exit = SuiteRunner.run(new SuiteRunner.Options(List.of(), List.of(), reports, null, null));
        JsonNode features = new ObjectMapper().readTree(Files.readAllBytes(reports.resolve("cucumber.json")));
        long scenarios = 0;
        for (JsonNode feature : features) {
            scenarios += feature.get("elements").size();
        }
        assertThat(scenarios).as("scenarios run").isGreaterThanOrEqualTo(10);
        assertThat(exit).as("exit code of the run; see the summary above and " + reports).isZero();
        assertThat(reports.resolve("cucumber.html")).isNotEmptyFile();
        assertThat(reports.resolve("cucumber-junit.xml")).isNotEmptyFile();
    }
}
