package org.dicomharness.pacs.monitor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;
import org.dicomharness.pacs.store.StoreOutcome;

/** The PACS's Prometheus metrics (Micrometer), scraped from {@code /metrics}. */
public final class PacsMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer storeTimer;
    private final Counter bytesReceived;

    public PacsMetrics(AssociationLog associations, Supplier<Number> storedInstances) {
        storeTimer = Timer.builder("pacs_store_duration").description("C-STORE handling time, receive to response")
                .publishPercentiles(0.5, 0.95).register(registry);
        bytesReceived = Counter.builder("pacs_received_bytes").description("object bytes written")
                .register(registry);
        Gauge.builder("pacs_open_associations", associations, a -> a.openAssociations().size())
                .description("associations open now").register(registry);
        Gauge.builder("pacs_stored_instances", storedInstances, s -> s.get().doubleValue())
                .description("objects indexed (any state)").register(registry);
    }

    /** Counts a C-STORE by outcome category and status code, and times it. */
    public void stored(StoreOutcome outcome, long bytes, Duration took) {
        String result = outcome.isSuccess() ? "success" : outcome.isWarning() ? "warning" : "failure";
        Counter.builder("pacs_store_requests").description("C-STORE requests by result and status")
                .tag("result", result).tag("status", String.format("%04X", outcome.status()))
                .register(registry).increment();
        storeTimer.record(took);
        if (bytes > 0) {
            bytesReceived.increment(bytes);
        }
    }

    /** Counts a DIMSE operation other than C-STORE (C-FIND, C-MOVE, C-GET, C-ECHO). */
    public void operation(String name, int status) {
        Counter.builder("pacs_operations").description("DIMSE operations by command and final status")
                .tag("command", name).tag("status", String.format("%04X", status)).register(registry).increment();
    }

    public String scrape() {
        return registry.scrape();
    }
}
