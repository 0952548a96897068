package org.dicomharness.steps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.dicomharness.pacs.config.IngestRules;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.config.RemoteAe;
import org.dicomharness.pacs.config.ValidationPolicy;
import org.dicomharness.pacs.net.ReferencePacs;
import org.dicomharness.simulators.Target;
import org.dicomharness.simulators.modality.ModalityConfig;
import org.dicomharness.simulators.modality.ModalitySimulator;
import org.dicomharness.simulators.ris.RisSimulator;
import org.dicomharness.simulators.viewer.ViewerConfig;
import org.dicomharness.simulators.viewer.ViewerSimulator;

/**
 * What every scenario of a run shares: the target under test (the reference PACS started in this JVM, or a remote
 * AE), the simulated viewer with its storage SCP (the Move Destination the target must know), the simulated
 * modality and RIS, and a work folder. Started on first use and stopped when the JVM exits.
 *
 * <p>This is the one process-wide object of the glue: Cucumber creates the glue anew for each scenario, and
 * starting a PACS per scenario would cost more than the scenarios themselves.
 */
public final class TargetEnvironment implements AutoCloseable {

    /** The viewer's AE title: a remote target must list it, with our host and viewer port, as a Move Destination. */
    public static final String VIEWER_AE = "HARNESS_VIEW";

    private static TargetEnvironment current;

    private final Path workDirectory;
    private final String runId;
    private final ViewerSimulator viewer;
    private final ModalitySimulator modality;
    private final RisSimulator ris = new RisSimulator();
    private final ReferencePacs embedded;
    private final Target target;
    private final InetSocketAddress hl7;
    private final AtomicInteger patients = new AtomicInteger();
    private final AtomicInteger orders = new AtomicInteger();

    private TargetEnvironment(Path workDirectory, String runId, ViewerSimulator viewer, ModalitySimulator modality,
                              ReferencePacs embedded, Target target, InetSocketAddress hl7) {
        this.workDirectory = workDirectory;
        this.runId = runId;
        this.viewer = viewer;
        this.modality = modality;
        this.embedded = embedded;
        this.target = target;
        this.hl7 = hl7;
    }

    /** The environment of this run, started on first call. */
    public static synchronized TargetEnvironment get() {
        if (current == null) {
            try {
                current = start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the scenario environment: " + e.getMessage(), e);
            }
            TargetEnvironment started = current;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "harness-environment-stop"));
        }
        return current;
    }

    private static TargetEnvironment start() throws IOException {
        Path reports = TargetSettings.reportDirectory();
        Files.createDirectories(reports);
        Path work = Files.createTempDirectory(reports.toAbsolutePath(), "work-");
        ViewerSimulator viewer = new ViewerSimulator(ViewerConfig.of(VIEWER_AE, work.resolve("viewer"))
                .withListen("127.0.0.1", TargetSettings.viewerPort()));
        Target viewerScp = viewer.startStorage();
        ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of(TargetSettings.callingAe())
                .withListen("127.0.0.1", TargetSettings.modalityPort()));
        // The modality's own SCP receives storage commitment reports sent on a new association (PS3.4 J.3.3).
        Target modalityScp = modality.startListener();
        String spec = TargetSettings.target();
        if (TargetSettings.REFERENCE.equals(spec)) {
            PacsConfig config = PacsConfig.defaults(work.resolve("reference-pacs")).toBuilder()
                    .port(0).monitoringPort(0).hl7Port(0).normalizationProfiles(vendorProfiles(work)).build()
                    // The yardstick is strict: an object that is not a valid instance of its IOD is refused (A900).
                    .withDefaults(new IngestRules(null, null, ValidationPolicy.REJECT))
                    .withRemoteAe(new RemoteAe(VIEWER_AE, viewerScp.host(), viewerScp.port()))
                    .withRemoteAe(new RemoteAe(modalityScp.aeTitle(), modalityScp.host(), modalityScp.port()));
            ReferencePacs pacs = ReferencePacs.start(config);
            Target target = new Target(pacs.aeTitle(), "127.0.0.1", pacs.port());
            InetSocketAddress hl7 = InetSocketAddress.createUnresolved("127.0.0.1", pacs.hl7Port().orElseThrow());
            return new TargetEnvironment(work, newRunId(), viewer, modality, pacs, target, hl7);
        }
        return new TargetEnvironment(work, newRunId(), viewer, modality, null, Target.parse(spec),
                TargetSettings.hl7().orElse(null));
    }

    /** The embedded PACS's vendor normalization profiles (a resource of this module), as a file it can load. */
    private static Path vendorProfiles(Path work) throws IOException {
        Path file = work.resolve("vendor-profiles.yaml");
        try (InputStream in = TargetEnvironment.class.getResourceAsStream("vendor-profiles.yaml")) {
            if (in == null) {
                throw new IOException("vendor-profiles.yaml is missing from the harness jar");
            }
            Files.copy(in, file);
        }
        return file;
    }

    /** Six characters that make this run's patient identifiers unique on a target that keeps earlier runs. */
    private static String newRunId() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    public Target target() {
        return target;
    }

    public ViewerSimulator viewer() {
        return viewer;
    }

    public ModalitySimulator modality() {
        return modality;
    }

    /** The simulated RIS / ADT system: orders and patient messages over HL7 v2 (send them to {@link #hl7()}). */
    public RisSimulator ris() {
        return ris;
    }

    /** The reference PACS when it is the target, else {@code null}. */
    public ReferencePacs embeddedPacs() {
        return embedded;
    }

    /**
     * Where the target takes HL7 v2 orders and ADT (MLLP).
     *
     * @throws IllegalStateException naming the fix when a remote target's HL7 address was not given
     */
    public InetSocketAddress hl7() {
        if (hl7 == null) {
            throw new IllegalStateException("the HL7 v2 (MLLP) address of " + target + " is not known: give it with "
                    + "--hl7 HOST:PORT (or hl7: in the target profile), or leave out the @hl7 scenarios");
        }
        return hl7;
    }

    /** An Accession Number no other order of any run uses: {@code A<run>-<n>} (SH, at most 16 characters). */
    public String nextAccessionNumber() {
        return "A" + runId + "-" + orders.incrementAndGet();
    }

    /** A Patient ID no other scenario of any run uses: {@code H<run>-<n>} (LO, well under 64 characters). */
    public String nextPatientId() {
        return "H" + runId + "-" + patients.incrementAndGet();
    }

    public Path workDirectory() {
        return workDirectory;
    }

    public String runId() {
        return runId;
    }

    /** One line for the report header. */
    public String describe() {
        return embedded != null
                ? "reference PACS " + target + " (in-process, data in " + workDirectory.resolve("reference-pacs")
                        + ", monitoring " + embedded.monitoringUri() + ")"
                : "remote target " + target + " (it must know the Move Destination " + VIEWER_AE + " and, for storage "
                        + "commitment reports, " + modality.config().local().aeTitle() + " at "
                        + modality.listener().map(t -> t.host() + ":" + t.port()).orElse("?") + ")";
    }

    @Override
    public synchronized void close() {
        ris.close();
        modality.close();
        viewer.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
