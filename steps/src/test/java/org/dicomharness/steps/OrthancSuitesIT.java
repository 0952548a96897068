package org.dicomharness.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dicomharness.dicom.testing.OrthancPeer;
import org.dicomharness.dicom.testing.PeerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in suites against Orthanc (Debian's package), as README describes the run: every scenario passes except
 * the two that test what Orthanc does not do, and those fail for the documented reason, not for another.
 */
class OrthancSuitesIT {

    private static final String DUPLICATE_REFUSED = "A changed object under a known SOP Instance UID is refused";
    private static final String ACQUISITION = "An unscheduled CT acquisition is performed, stored and committed";

    @Test
    void builtInSuitesFailOnlyWhereOrthancDiffersFromThePolicyUnderTest(@TempDir Path work) throws Exception {
        int viewerPort = PeerProcess.freePort();
        int modalityPort = PeerProcess.freePort();
        try (OrthancPeer orthanc = OrthancPeer.start(work, "ORTHANC", Map.of(
                "viewer", Map.entry("HARNESS_VIEW", viewerPort), "modality", Map.entry("HARNESS", modalityPort)))) {
            System.setProperty(TargetSettings.VIEWER_PORT_PROPERTY, Integer.toString(viewerPort));
            System.setProperty(TargetSettings.MODALITY_PORT_PROPERTY, Integer.toString(modalityPort));
            Path reports = Path.of("target", "harness-run-orthanc");
            int exit = SuiteRunner.run(new SuiteRunner.Options(List.of(), List.of(), reports,
                    "ORTHANC@127.0.0.1:" + orthanc.dicomPort(), null));

            Map<String, String> failures = failures(reports.resolve("cucumber.json"));
            assertThat(failures).as("failed scenarios and their first error").containsOnlyKeys(DUPLICATE_REFUSED,
                    ACQUISITION);
            assertThat(failures.get(DUPLICATE_REFUSED)).as("Orthanc keeps the first copy and answers Success")
                    .contains("0000 Success").contains("expected: \"0111\"");
            assertThat(failures.get(ACQUISITION)).as("Orthanc has no MPPS SCP")
                    .contains("Modality Performed Procedure Step").contains("abstract-syntax-not-supported");
            assertThat(exit).isEqualTo(1);
            assertThat(orthanc.isAlive()).as("Orthanc survived the run: %s", orthanc.log()).isTrue();
        }
    }

    /** Scenario name → error message of its failed step, for every scenario that did not pass. */
    private static Map<String, String> failures(Path cucumberJson) throws Exception {
        JsonNode features = new ObjectMapper().readTree(Files.readAllBytes(cucumberJson));
        Map<String, String> out = new TreeMap<>();
        int scenarios = 0;
        for (JsonNode feature : features) {
            for (JsonNode scenario : feature.get("elements")) {
                scenarios++;
                for (JsonNode step : scenario.get("steps")) {
                    JsonNode result = step.get("result");
                    if (!"passed".equals(result.get("status").asText())) {
                        out.put(scenario.get("name").asText(), result.path("error_message").asText(
                                result.get("status").asText()));
                        break;
                    }
                }
            }
        }
        assertThat(scenarios).as("scenarios run").isGreaterThanOrEqualTo(20);
        return out;
    }
}
