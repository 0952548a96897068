package org.dicomharness.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.net.ReferencePacs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code harness pacs}: runs the reference PACS standalone until Ctrl-C (SIGINT/SIGTERM), which closes it
 * cleanly: no new associations, the index closed. Command-line options override the configuration file.
 */
@Command(name = "pacs", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = {
    "Run the bundled reference PACS: Verification, Storage of every storage SOP class in every transfer syntax,",
    "Patient/Study Root Query/Retrieve (FIND, MOVE, GET), Modality Worklist, MPPS, Storage Commitment, durable",
    "storage with an embedded index, an optional HL7 v2 listener (orders, patient updates and merges), and a",
    "monitoring page with a JSON API and Prometheus metrics. Stops cleanly on Ctrl-C."})
final class PacsCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration (see reference-pacs/pacs.example.yaml)")
    Path config;

    @Option(names = "--aet", paramLabel = "AET", description = "our AE title (default REFPACS)")
    String aeTitle;

    @Option(names = "--port", description = "DICOM port (default 11112; 0 picks a free one)")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "address to listen on (default 127.0.0.1)")
    String bind;

    @Option(names = "--data", paramLabel = "DIR", description = "data folder: objects, index, temporary files (default ./pacs-data)")
    Path data;

    @Option(names = "--monitoring-port", paramLabel = "PORT",
            description = "HTTP port of the monitoring page and API (default: a free port; -1 disables it)")
    Integer monitoringPort;

    @Option(names = "--no-fsync", description = "do not force objects to disk before answering (benchmarks only)")
    boolean noFsync;

    @Option(names = "--hl7-port", paramLabel = "PORT",
            description = "run the HL7 v2 MLLP listener (ORM/OMI orders, ADT A01/A04/A08/A40) on this port of the bind "
                    + "address; 0 picks a free one")
    Integer hl7Port;

    @Option(names = "--worklist", paramLabel = "FILE",
            description = "YAML file of scheduled procedure steps for the Modality Worklist, loaded at start-up; steps "
                    + "already held are kept as they are")
    Path worklist;

    @Option(names = "--profiles", paramLabel = "FILE",
            description = "YAML file of vendor normalization profiles applied to every object received")
    Path profiles;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PacsConfig base = config != null ? PacsConfig.load(config) : PacsConfig.defaults(Path.of("pacs-data"));
        PacsConfig.Builder b = base.toBuilder();
        if (aeTitle != null) {
            b.aeTitle(aeTitle);
        }
        if (port != null) {
            b.port(port);
        }
        if (bind != null) {
            b.bindAddress(bind);
        }
        if (data != null) {
            b.dataDirectory(data);
        }
        if (monitoringPort != null) {
            b.monitoringPort(monitoringPort);
        }
        if (noFsync) {
            b.fsync(false);
        }
        if (hl7Port != null) {
            b.hl7Port(hl7Port);
        }
        if (worklist != null) {
            b.worklist(worklist);
        }
        if (profiles != null) {
            b.normalizationProfiles(profiles);
        }
        PacsConfig effective = b.build();
        ReferencePacs pacs = ReferencePacs.start(effective);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("harness pacs: stopping (closing associations and the index)");
            pacs.close();
            stopped.countDown();
        }, "pacs-shutdown"));
        System.out.printf("harness pacs: %s listening on %s:%d, data in %s%n", pacs.aeTitle(), pacs.host(), pacs.port(),
                effective.dataDirectory().toAbsolutePath());
        if (pacs.monitoringUri() != null) {
            System.out.println("harness pacs: monitoring at " + pacs.monitoringUri() + " (JSON under /api, /metrics)");
        }
        pacs.hl7Port().ifPresent(p -> System.out.printf("harness pacs: HL7 v2 (MLLP) listening on %s:%d%n",
                pacs.host(), p));
        if (effective.worklist() != null) {
            System.out.printf("harness pacs: worklist %s: %d step(s) scheduled, %d already held%n",
                    effective.worklist(), pacs.worklistSeeded().scheduled(), pacs.worklistSeeded().alreadyHeld().size());
        }
        if (effective.normalizationProfiles() != null) {
            System.out.println("harness pacs: normalization profiles from " + effective.normalizationProfiles());
        }
        System.out.println("harness pacs: " + pacs.archive().recoverySummary());
        System.out.println("harness pacs: ready; Ctrl-C stops");
        System.out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
