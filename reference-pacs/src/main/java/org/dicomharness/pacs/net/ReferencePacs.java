package org.dicomharness.pacs.net;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.DimseChannel;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.dimse.ServiceRegistry;
import org.dicomharness.dicom.net.ul.AcceptorConfig;
import org.dicomharness.dicom.net.ul.AcceptorPolicy;
import org.dicomharness.dicom.net.ul.AssociationAcceptor;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.Timeouts;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.hl7.Hl7Listener;
import org.dicomharness.pacs.monitor.AssociationLog;
import org.dicomharness.pacs.monitor.MonitoringApi;
import org.dicomharness.pacs.monitor.MonitoringServer;
import org.dicomharness.pacs.monitor.PacsMetrics;
import org.dicomharness.pacs.query.InformationModel;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.dicomharness.pacs.worklist.WorklistSeed;

/**
 * The reference PACS as a running application entity: the archive; the DICOM listener with its SCPs (Verification,
 * Storage, Query/Retrieve FIND/MOVE/GET, Modality Worklist FIND, MPPS, Storage Commitment Push Model); the HL7 v2
 * listener for orders and ADT when the configuration gives an {@code hl7Port}; the worklist seed; and the
 * monitoring HTTP server. Start it in-process for the scenarios, or through {@code ./harness pacs}; {@link #close()}
 * stops listening, lets pending commitment reports go out, and closes the index.
 */
public final class ReferencePacs implements AutoCloseable {

    /** How long {@link #close()} waits for storage commitment reports still being delivered. */
    private static final long DELIVERY_DRAIN_SECONDS = 15;

    private final Archive archive;
    private final AssociationLog associations = new AssociationLog();
    private final PacsMetrics metrics;
    private final WorklistSeed.Result seeded;
    private final ExecutorService deliveries;
    private final AssociationAcceptor acceptor;
    private final Hl7Listener hl7;
    private final MonitoringServer monitoring;

    private ReferencePacs(Archive archive) throws IOException {
        this.archive = archive;
        PacsConfig config = archive.config();
        this.metrics = new PacsMetrics(associations, () -> archive.index().all().size());
        this.seeded = config.worklist() == null ? new WorklistSeed.Result(0, List.of())
                : WorklistSeed.loadKeepingHeld(config.worklist(), archive.orders());
        AssociationRequestor requestor = new AssociationRequestor(Timeouts.defaults(), null);
        this.deliveries = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "pacs-commitment-report");
            t.setDaemon(true);
            return t;
        });
        RetrieveScp retrieve = new RetrieveScp(archive, requestor, metrics);
        QueryScp find = new QueryScp(archive.queries(), metrics);
        MppsScp mpps = new MppsScp(archive.mpps(), metrics);
        ServiceRegistry services = new ServiceRegistry()
                .storeAny(new StorageScp(archive.ingest(), metrics))
                .find(Uids.ModalityWorklistInformationModelFind, new WorklistScp(archive.worklist(), metrics))
                .nCreate(Uids.ModalityPerformedProcedureStep, mpps)
                .nSet(Uids.ModalityPerformedProcedureStep, mpps)
                .nAction(Uids.StorageCommitmentPushModel, new StorageCommitmentScp(archive.commitment(), config,
                        requestor, deliveries, metrics));
        for (InformationModel model : InformationModel.values()) {
            services.find(model.findSopClass(), find).move(model.moveSopClass(), retrieve)
                    .get(model.getSopClass(), retrieve);
        }
        AcceptorPolicy policy = PacsAcceptorPolicy.of(config);
        AcceptorConfig acceptorConfig = new AcceptorConfig(config.bindAddress(), config.port(), policy, policy,
                Timeouts.defaults(), null, out -> out);
        this.acceptor = AssociationAcceptor.start(acceptorConfig, association -> {
            long id = associations.opened(association.callingAeTitle(), association.calledAeTitle(),
                    association.transport().map(Object::toString).orElse("?"));
            DimseChannel channel = new DimseChannel(services, DimseOptions.defaults());
            channel.bind(association);
            return new AuditedChannel(channel, associations, id);
        });
        Hl7Listener listener = null;
        MonitoringServer server = null;
        try {
            if (config.hl7Port() != null) {
                listener = Hl7Listener.start(config.bindAddress(), config.hl7Port(), archive.patients(),
                        archive.orders(), archive.events());
            }
            if (config.monitoringPort() >= 0) {
                try {
                    server = new MonitoringServer(config.bindAddress(), config.monitoringPort(),
                            new MonitoringApi(archive, associations, config.monitoringGrace()), metrics);
                } catch (IOException e) {
                    throw new IOException("cannot start the monitoring server on " + config.bindAddress() + ":"
                            + config.monitoringPort() + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (listener != null) {
                listener.close();
            }
            acceptor.close();
            deliveries.shutdownNow();
            throw e;
        }
        this.hl7 = listener;
        this.monitoring = server;
    }

    /** Opens the archive (IOD validation before archival as configured) and starts listening. */
    public static ReferencePacs start(PacsConfig config) throws IOException {
        return start(Archive.open(config));
    }

    public static ReferencePacs start(PacsConfig config, ArchivalValidator validator) throws IOException {
        return start(Archive.open(config, validator));
    }

    private static ReferencePacs start(Archive archive) throws IOException {
        try {
            return new ReferencePacs(archive);
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    public Archive archive() {
        return archive;
    }

    public String aeTitle() {
        return archive.config().aeTitle();
    }

    public String host() {
        return acceptor.host();
    }

    /** The DICOM port (the one bound, when the configuration asked for 0). */
    public int port() {
        return acceptor.localPort();
    }

    /** The HL7 MLLP port (the one bound, when the configuration asked for 0), if the listener runs. */
    public OptionalInt hl7Port() {
        return hl7 == null ? OptionalInt.empty() : OptionalInt.of(hl7.port());
    }

    /** What the start-up worklist seed did (nothing when the configuration names no {@code worklist}). */
    public WorklistSeed.Result worklistSeeded() {
        return seeded;
    }

    /** The monitoring page, or {@code null} when monitoring is disabled. */
    public URI monitoringUri() {
        return monitoring == null ? null : monitoring.uri();
    }

    public AssociationLog associations() {
        return associations;
    }

    public AssociationAcceptor acceptor() {
        return acceptor;
    }

    @Override
    public void close() {
        acceptor.close();
        if (hl7 != null) {
            hl7.close();
        }
        deliveries.shutdown();
        try {
            if (!deliveries.awaitTermination(DELIVERY_DRAIN_SECONDS, TimeUnit.SECONDS)) {
                deliveries.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deliveries.shutdownNow();
        }
        if (monitoring != null) {
            monitoring.close();
        }
        archive.close();
    }
}
