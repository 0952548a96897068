package org.dicomharness.pacs.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The monitoring HTTP API on the PACS's bind address (loopback by default): JSON under {@code /api/...},
 * Prometheus text at {@code /metrics}, and one plain HTML page at {@code /}.
 */
public final class MonitoringServer implements AutoCloseable {

    private static final int DEFAULT_LIMIT = 100;

    private final HttpServer server;
    private final ExecutorService executor;
    private final MonitoringApi api;
    private final PacsMetrics metrics;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    public MonitoringServer(String bindAddress, int port, MonitoringApi api, PacsMetrics metrics) throws IOException {
        this.api = api;
        this.metrics = metrics;
        this.server = HttpServer.create(new InetSocketAddress(bindAddress, port), 16);
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "pacs-monitoring");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        Map<String, Supplier<Object>> endpoints = new LinkedHashMap<>();
        endpoints.put("/api/summary", api::summary);
        endpoints.put("/api/associations", api::associations);
        endpoints.put("/api/studies", () -> api.studies(DEFAULT_LIMIT));
        endpoints.put("/api/incomplete-studies", () -> api.incompleteStudies(DEFAULT_LIMIT));
        endpoints.put("/api/rejected", () -> api.rejected(DEFAULT_LIMIT));
        endpoints.put("/api/duplicates", () -> api.duplicates(DEFAULT_LIMIT));
        endpoints.put("/api/failed-transfers", () -> api.failedTransfers(DEFAULT_LIMIT));
        endpoints.put("/api/events", () -> api.events(DEFAULT_LIMIT));
        endpoints.put("/api/incomplete-by-mpps", api::incompleteByMpps);
        endpoints.put("/api/never-performed", api::neverPerformed);
        endpoints.put("/api/merges", () -> api.merges(DEFAULT_LIMIT));
        endpoints.put("/api/coercions", () -> api.coercions(DEFAULT_LIMIT));
        endpoints.put("/api/workflow-problems", () -> api.workflowProblems(DEFAULT_LIMIT));
        endpoints.forEach((path, supplier) -> server.createContext(path, ex -> respondJson(ex, supplier)));
        server.createContext("/metrics", ex -> respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
                metrics.scrape()));
        server.createContext("/", this::page);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI uri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + port() + "/");
    }

    private void respondJson(HttpExchange ex, Supplier<Object> supplier) throws IOException {
        try {
            respond(ex, 200, "application/json", json.writeValueAsString(supplier.get()));
        } catch (RuntimeException e) {
            respond(ex, 500, "application/json", json.writeValueAsString(Map.of("error", String.valueOf(e.getMessage()))));
        }
    }

    private void page(HttpExchange ex) throws IOException {
        if (!ex.getRequestURI().getPath().equals("/")) {
            respond(ex, 404, "text/plain; charset=utf-8", "no such page: " + ex.getRequestURI().getPath()
                    + " (see / for the list of endpoints)\n");
            return;
        }
        try {
            respond(ex, 200, "text/html; charset=utf-8", StatusPage.render(api));
        } catch (RuntimeException e) {
            respond(ex, 500, "text/plain; charset=utf-8", "monitoring failed: " + e.getMessage() + "\n");
        }
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
