package org.dicomharness.pacs.net;

import java.io.IOException;
import java.net.URI;
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
import org.dicomharness.pacs.monitor.AssociationLog;
import org.dicomharness.pacs.monitor.MonitoringApi;
import org.dicomharness.pacs.monitor.MonitoringServer;
import org.dicomharness.pacs.monitor.PacsMetrics;
import org.dicomharness.pacs.query.InformationModel;
import org.dicomharness.pacs.store.ArchivalValidator;

/**
 * The reference PACS as a running application entity: the archive, the DICOM listener with its SCPs (Verification,
 * Storage, Query/Retrieve FIND/MOVE/GET), and the monitoring HTTP server. Start it in-process for the scenarios,
 * or through {@code ./harness pacs}; {@link #close()} stops listening, lets associations end, and closes the index.
 */
public final class ReferencePacs implements AutoCloseable {

    private final Archive archive;
    private final AssociationLog associations = new AssociationLog();
    private final PacsMetrics metrics;
    private final AssociationAcceptor acceptor;
    private final MonitoringServer monitoring;

    private ReferencePacs(Archive archive) throws IOException {
        this.archive = archive;
        PacsConfig config = archive.config();
        this.metrics = new PacsMetrics(associations, () -> archive.index().all().size());
        AssociationRequestor requestor = new AssociationRequestor(Timeouts.defaults(), null);
        RetrieveScp retrieve = new RetrieveScp(archive, requestor, metrics);
        QueryScp find = new QueryScp(archive.queries(), metrics);
        ServiceRegistry services = new ServiceRegistry()
                .storeAny(new StorageScp(archive.ingest(), metrics));
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
        try {
            this.monitoring = config.monitoringPort() < 0 ? null : new MonitoringServer(config.bindAddress(),
                    config.monitoringPort(), new MonitoringApi(archive, associations), metrics);
        } catch (IOException e) {
            acceptor.close();
            throw new IOException("cannot start the monitoring server on " + config.bindAddress() + ":"
                    + config.monitoringPort() + ": " + e.getMessage(), e);
        }
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
        if (monitoring != null) {
            monitoring.close();
        }
        archive.close();
    }
}
