package org.dicomharness.dicom.net.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.CEchoRsp;
import org.dicomharness.dicom.net.dimse.DimseChannel;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.dimse.ServiceRegistry;
import org.dicomharness.dicom.net.pdu.PduType;
import org.dicomharness.dicom.net.ul.AcceptorConfig;
import org.dicomharness.dicom.net.ul.AcceptorPolicy;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationAcceptor;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.AssociationTrace;
import org.dicomharness.dicom.net.ul.State;
import org.dicomharness.dicom.net.ul.TraceEntry;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** C-ECHO both ways with DCMTK: echoscu against our acceptor, our SCU against storescp. */
class DcmtkEchoIT {

    @TempDir
    Path tmp;

    @Test
    void echoscuAgainstOurAcceptor() throws Exception {
        Path echoscu = Peers.require("echoscu", "dcmtk");
        AcceptorPolicy policy = AcceptorPolicy.builder().calledAeTitles("HARNESS_SCP")
                .accept(Uids.Verification, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian).build();
        try (AssociationAcceptor acceptor = AssociationAcceptor.start(AcceptorConfig.loopback(policy), a -> {
            DimseChannel ch = new DimseChannel(new ServiceRegistry(), DimseOptions.defaults());
            ch.bind(a);
            return ch;
        })) {
            ProcessRunner.Result r = ProcessRunner.run(tmp, List.of(echoscu.toString(), "-v", "-aet", "ECHOSCU",
                    "-aec", "HARNESS_SCP", "127.0.0.1", String.valueOf(acceptor.localPort())), Map.of(), 60);
            r.check();
            assertThat(r.out() + r.err()).contains("Received Echo Response (Success)");
            AssociationTrace trace = awaitTrace(acceptor);
            assertThat(trace.pdus(TraceEntry.Direction.RECEIVED, PduType.A_ASSOCIATE_RQ).get(0).summary())
                    .contains("calling=ECHOSCU");
            assertThat(trace.toText()).contains("C-ECHO-RQ").contains("C-ECHO-RSP to msg").contains("AR-2")
                    .contains("AR-4");
            assertThat(trace.entries(TraceEntry.Transition.class)).last()
                    .satisfies(t -> assertThat(t.to()).isEqualTo(State.STA1));
        }
    }

    @Test
    void ourEchoAgainstStorescp() throws Exception {
        Path storescp = Peers.require("storescp", "dcmtk");
        int port = PeerProcess.freePort();
        Path out = Files.createDirectories(tmp.resolve("in"));
        try (PeerProcess peer = PeerProcess.start(tmp, "storescp", List.of(storescp.toString(), "-aet", "STORESCP",
                "-od", out.toString(), String.valueOf(port)), Map.of(), port, Duration.ofSeconds(20))) {
            var rq = AssociateRequestBuilder.of("HARNESS", "STORESCP")
                    .context(Uids.Verification, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian).build();
            try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", port, rq)) {
                CEchoRsp rsp = client.echo();
                assertThat(rsp.status()).isZero();
                client.release();
                assertThat(client.association().wasReleased()).isTrue();
            }
            assertThat(peer.isAlive()).as("storescp still serving").isTrue();
        }
    }

    static AssociationTrace awaitTrace(AssociationAcceptor acceptor) throws InterruptedException {
        for (int i = 0; i < 200 && acceptor.recentTraces().isEmpty(); i++) {
            Thread.sleep(25);
        }
        assertThat(acceptor.recentTraces()).isNotEmpty();
        return acceptor.recentTraces().get(acceptor.recentTraces().size() - 1);
    }
}
