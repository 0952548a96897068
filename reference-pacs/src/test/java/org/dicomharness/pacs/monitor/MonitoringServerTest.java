package org.dicomharness.pacs.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.ArchiveFixture;
import org.dicomharness.pacs.store.StoreOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void reportsStudiesRejectionsDuplicatesAssociationsAndMetrics(@TempDir Path dir) throws Exception {
        try (Archive archive = ArchiveFixture.open(dir)) {
            AssociationLog associations = new AssociationLog();
            PacsMetrics metrics = new PacsMetrics(associations, () -> archive.index().all().size());
            Dataset first = ArchiveFixture.secondaryCapture("1.2.3.1", "P1", "1.2.3", "first <b>");
            StoreOutcome ok = ArchiveFixture.store(archive, first, "MOD<1>");
            metrics.stored(ok, 1000, Duration.ofMillis(3));
            ArchiveFixture.store(archive, first, "MOD1");
            StoreOutcome dup = ArchiveFixture.store(archive, ArchiveFixture.secondaryCapture("1.2.3.1", "P1", "1.2.3", "x"),
                    "MOD1");
            metrics.stored(dup, 0, Duration.ofMillis(1));
            long id = associations.opened("MOD1", "REFPACS", "127.0.0.1:5000");
            associations.operation(id);
            try (MonitoringServer server = new MonitoringServer("127.0.0.1", 0, new MonitoringApi(archive, associations),
                    metrics)) {
                JsonNode summary = get(server, "api/summary");
                assertThat(summary.get("instances").asLong()).isEqualTo(1);
                assertThat(summary.get("openAssociations").asInt()).isEqualTo(1);
                JsonNode studies = get(server, "api/studies");
                assertThat(studies).hasSize(1);
                assertThat(studies.get(0).get("studyInstanceUid").asText()).isEqualTo("1.2.3");
                assertThat(studies.get(0).get("instances").asLong()).isEqualTo(1);
                JsonNode rejected = get(server, "api/rejected");
                assertThat(rejected.get(0).get("kind").asText()).isEqualTo("DUPLICATE_REJECTED");
                JsonNode duplicates = get(server, "api/duplicates");
                assertThat(duplicates).extracting(n -> n.get("kind").asText())
                        .containsExactly("DUPLICATE_REJECTED", "DUPLICATE_IDENTICAL");
                JsonNode assoc = get(server, "api/associations");
                assertThat(assoc.get("open").get(0).get("operations").asInt()).isEqualTo(1);

                String page = text(server, "");
                assertThat(page).contains("<h1>Reference PACS REFPACS</h1>").contains("1.2.3")
                        .contains("first &lt;b&gt;").doesNotContain("first <b>").contains("MOD&lt;1&gt;");
                String prometheus = text(server, "metrics");
                assertThat(prometheus).contains("pacs_store_requests_total{result=\"failure\",status=\"0111\"} 1.0")
                        .contains("pacs_open_associations 1.0").contains("pacs_received_bytes_total 1000.0");
                HttpResponse<String> missing = http.send(HttpRequest.newBuilder(server.uri().resolve("nope")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(missing.statusCode()).isEqualTo(404);
            }
            assertThat(first.getString(Tags.PatientID)).isEqualTo("P1");
        }
    }

    private JsonNode get(MonitoringServer server, String path) throws IOException, InterruptedException {
        return json.readTree(text(server, path));
    }

    private String text(MonitoringServer server, String path) throws IOException, InterruptedException {
        URI uri = server.uri().resolve(path);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(uri.toString()).isEqualTo(200);
        return r.body();
    }
}
