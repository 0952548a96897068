package org.dicomharness.pacs.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dicomharness.pacs.index.StoredInstance;
import org.dicomharness.pacs.net.ReferencePacs;

/**
 * What a bad input must leave untouched, seen from outside the ingest pipeline: the index rows, the object files,
 * the temporary files under {@code incoming/}; and the monitoring API, read over HTTP as an operator would.
 *
 * @param rows    index rows as "pk sop-uid sha256"
 * @param objects files under {@code objects/}, relative to the data folder
 */
record PacsState(Set<String> rows, Set<String> objects) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    static PacsState of(ReferencePacs pacs) throws IOException {
        Set<String> rows = new TreeSet<>();
        for (StoredInstance i : pacs.archive().index().all()) {
            rows.add(i.pk() + " " + i.sopInstanceUid() + " " + i.sha256());
        }
        Path root = pacs.archive().store().root();
        try (Stream<Path> s = Files.walk(root.resolve("objects"))) {
            return new PacsState(rows, s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    /** Temporary files under {@code incoming/}. */
    static List<String> incoming(ReferencePacs pacs) throws IOException {
        try (Stream<Path> s = Files.list(pacs.archive().store().root().resolve("incoming"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Waits (up to 10 s) until {@code incoming/} is empty: a broken transfer is cleaned up by the association's
     * worker thread after the sender has already seen its side fail.
     */
    static void awaitNoPartialFile(ReferencePacs pacs) throws IOException, InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!incoming(pacs).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(incoming(pacs)).as("no partial file left in incoming/").isEmpty();
    }

    /** GET {@code path} (e.g. {@code api/rejected}) from the monitoring server, as JSON. */
    static JsonNode monitoring(ReferencePacs pacs, String path) throws IOException, InterruptedException {
        URI uri = pacs.monitoringUri().resolve(path);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(uri + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** The Prometheus text of {@code /metrics}. */
    static String metrics(ReferencePacs pacs) throws IOException, InterruptedException {
        URI uri = pacs.monitoringUri().resolve("metrics");
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(uri.toString()).isEqualTo(200);
        return r.body();
    }
}
