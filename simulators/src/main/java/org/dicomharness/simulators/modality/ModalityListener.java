package org.dicomharness.simulators.modality;

import java.io.IOException;
import java.util.List;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.DimseChannel;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.dimse.ServiceRegistry;
import org.dicomharness.dicom.net.ul.AcceptorConfig;
import org.dicomharness.dicom.net.ul.AcceptorPolicy;
import org.dicomharness.dicom.net.ul.AssociationAcceptor;
import org.dicomharness.dicom.net.ul.AssociationTrace;
import org.dicomharness.simulators.LocalAe;
import org.dicomharness.simulators.Target;

/**
 * The modality's own listening AE: receives Storage Commitment results that the SCP sends on a new association
 * (PS3.4 J.3.3), where the SCP is association requestor but Storage Commitment SCP and therefore proposes the SCP
 * role (PS3.7 D.3.3.4), which this AE allows. Also answers C-ECHO, so that a PACS can check the AE it was told.
 */
final class ModalityListener implements AutoCloseable {

    private final AssociationAcceptor acceptor;
    private final LocalAe local;

    private ModalityListener(AssociationAcceptor acceptor, LocalAe local) {
        this.acceptor = acceptor;
        this.local = local;
    }

    static ModalityListener start(LocalAe local, String host, int port, CommitmentReports reports) throws IOException {
        List<String> syntaxes = List.of(Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian);
        AcceptorPolicy policy = AcceptorPolicy.builder().calledAeTitles(local.aeTitle())
                .accept(Uids.Verification, syntaxes).accept(Uids.StorageCommitmentPushModel, syntaxes)
                .allowRequestorScpRole(Uids.StorageCommitmentPushModel).build();
        ServiceRegistry services = new ServiceRegistry().eventReport(Uids.StorageCommitmentPushModel,
                reports.handler(CommitmentResult.Delivery.NEW_ASSOCIATION));
        AcceptorConfig config = AcceptorConfig.loopback(policy).withPort(port).withTimeouts(local.timeouts())
                .withTls(local.tls());
        if (!"127.0.0.1".equals(host)) {
            config = new AcceptorConfig(host, port, policy, policy, local.timeouts(), local.tls(), config.outputFilter());
        }
        try {
            AssociationAcceptor acceptor = AssociationAcceptor.start(config, a -> {
                DimseChannel ch = new DimseChannel(services, DimseOptions.defaults());
                ch.bind(a);
                return ch;
            });
            return new ModalityListener(acceptor, local);
        } catch (IOException e) {
            throw new IOException("the modality's SCP cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** This AE as a target: what a PACS must be told to reach it. */
    Target self() {
        return new Target(local.aeTitle(), acceptor.host(), acceptor.localPort(), local.tls());
    }

    List<AssociationTrace> recentTraces() {
        return acceptor.recentTraces();
    }

    @Override
    public void close() {
        acceptor.close();
    }
}
