package org.dicomharness.dicom.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Orthanc started by a test with a generated JSON configuration (PEERS.md: {@code TCP_NODELAY=1 Orthanc
 * --no-jobs CONFIG.json}), DICOM and REST on free loopback ports, every query/retrieve service allowed for
 * unknown AEs, and its REST API (loopback only) to check what arrived.
 */
public final class OrthancPeer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PeerProcess process;
    private final int dicomPort;
    private final int httpPort;
    private final String aeTitle;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OrthancPeer(PeerProcess process, int dicomPort, int httpPort, String aeTitle) {
        this.process = process;
        this.dicomPort = dicomPort;
        this.httpPort = httpPort;
        this.aeTitle = aeTitle;
    }

    /** @param modalities C-MOVE destinations: name -> (AE title, port on 127.0.0.1) */
    public static OrthancPeer start(Path work, String aeTitle, Map<String, Map.Entry<String, Integer>> modalities)
            throws IOException {
        Path orthanc = Peers.require("Orthanc", "orthanc");
        int dicomPort = PeerProcess.freePort();
        int httpPort = PeerProcess.freePort();
        ObjectNode cfg = JSON.createObjectNode();
        cfg.put("Name", "HarnessTest");
        cfg.put("DicomAet", aeTitle);
        cfg.put("DicomPort", dicomPort);
        cfg.put("HttpPort", httpPort);
        cfg.put("StorageDirectory", Files.createDirectories(work.resolve("orthanc-storage")).toString());
        cfg.put("IndexDirectory", Files.createDirectories(work.resolve("orthanc-index")).toString());
        cfg.putArray("Plugins");
        cfg.put("RemoteAccessAllowed", false);
        cfg.put("AuthenticationEnabled", false);
        cfg.put("DicomCheckCalledAet", false);
        for (String s : List.of("Echo", "Store", "Find", "FindWorklist", "Get", "Move")) {
            cfg.put("DicomAlwaysAllow" + s, true);
        }
        cfg.putArray("AcceptedTransferSyntaxes").add("1.2.840.10008.1.*");
        cfg.put("UnknownSopClassAccepted", true);
        ObjectNode mods = cfg.putObject("DicomModalities");
        modalities.forEach((name, ae) -> {
            ArrayNode a = mods.putArray(name);
            a.add(ae.getKey());
            a.add("127.0.0.1");
            a.add(ae.getValue());
        });
        cfg.put("OverwriteInstances", false);
        cfg.put("SyncStorageArea", true);
        cfg.put("SaveJobs", false);
        Path file = work.resolve("orthanc.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), cfg);
        PeerProcess p = PeerProcess.start(work, "orthanc", List.of(orthanc.toString(), "--no-jobs", file.toString()),
                Map.of(), dicomPort, Duration.ofSeconds(60));
        OrthancPeer peer = new OrthancPeer(p, dicomPort, httpPort, aeTitle);
        peer.awaitRest();
        return peer;
    }

    private void awaitRest() throws IOException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        IOException last = null;
        while (System.nanoTime() < end) {
            try {
                get("/system");
                return;
            } catch (IOException e) {
                last = e;
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new IOException("Orthanc REST on port " + httpPort + " did not answer: " + process.log(), last);
    }

    public int dicomPort() {
        return dicomPort;
    }

    public String aeTitle() {
        return aeTitle;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String log() {
        return process.log();
    }

    /** GET on the REST API (http://127.0.0.1:port path), parsed as JSON. */
    public JsonNode get(String path) throws IOException {
        HttpRequest rq = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> rsp = http.send(rq, HttpResponse.BodyHandlers.ofString());
            if (rsp.statusCode() != 200) {
                throw new IOException("GET " + path + " answered " + rsp.statusCode() + ": " + rsp.body());
            }
            String body = rsp.body();
            return body.startsWith("{") || body.startsWith("[") ? JSON.readTree(body) : JSON.getNodeFactory().textNode(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** POST on the REST API with a JSON body (a job such as {@code /modalities/NAME/move}); the answer as JSON. */
    public JsonNode post(String path, String jsonBody) throws IOException {
        HttpRequest rq = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)).build();
        try {
            HttpResponse<String> rsp;
            try {
                rsp = http.send(rq, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // Orthanc closes idle keep-alive connections; the JDK client retries a GET on such a stale pooled
                // connection but not a POST. Nothing reached Orthanc, so sending once more is safe.
                if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                    throw e;
                }
                rsp = http.send(rq, HttpResponse.BodyHandlers.ofString());
            }
            if (rsp.statusCode() != 200) {
                throw new IOException("POST " + path + " " + jsonBody + " answered " + rsp.statusCode() + ": "
                        + rsp.body());
            }
            String body = rsp.body();
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** GET of a binary resource (e.g. {@code /instances/ID/file}, the stored DICOM file). */
    public byte[] download(String path) throws IOException {
        HttpRequest rq = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<byte[]> rsp = http.send(rq, HttpResponse.BodyHandlers.ofByteArray());
            if (rsp.statusCode() != 200) {
                throw new IOException("GET " + path + " answered " + rsp.statusCode());
            }
            return rsp.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
