package org.dicomharness.dicom.net.ul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.dimse.DimseTimeoutException;
import org.dicomharness.dicom.net.fault.RawConnection;
import org.dicomharness.dicom.net.fault.RawServer;
import org.dicomharness.dicom.net.pdu.AAbort;
import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.pdu.Pdu;
import org.dicomharness.dicom.net.tls.TlsProfile;
import org.dicomharness.dicom.testing.TestPki;
import org.dicomharness.dicom.testing.TestScp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each timer's expiry ends the association with the abort the standard prescribes and a message naming the timer. */
class TimeoutsTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path tmp;

    static AAssociateRq echoRequest(String called) {
        return AssociateRequestBuilder.of("HARNESS", called).context(Uids.Verification, Uids.ImplicitVRLittleEndian)
                .build();
    }

    @Test
    void connectTimerCoversTheTlsHandshake() throws Exception {
        TestPki pki = TestPki.generate(tmp.resolve("pki"));
        try (RawServer silent = RawServer.bind(0)) {
            Timeouts t = Timeouts.defaults().withConnect(Duration.ofMillis(500));
            AssociationRequestor requestor = new AssociationRequestor(t, pki.client(TlsProfile.BCP195));
            assertThatThrownBy(() -> requestor.open("127.0.0.1", silent.port(), echoRequest("SILENT"), null))
                    .isInstanceOf(AssociationException.class)
                    .hasMessageContaining("connect timer expired after 500 ms")
                    .hasMessageContaining("TLS handshake not completed within 500 ms");
        }
    }

    @Test
    void requestorGivesUpOnASilentAcceptorWithAnAbort() throws Exception {
        try (RawServer server = RawServer.bind(0)) {
            Timeouts t = Timeouts.defaults().withArtim(Duration.ofMillis(500));
            Association a = new AssociationRequestor(t, null).request("127.0.0.1", server.port(), echoRequest("SILENT"),
                    null);
            try (RawConnection peer = server.accept(WAIT)) {
                assertThat(peer.receive(WAIT)).isInstanceOf(AAssociateRq.class);
                assertThatThrownBy(a::awaitEstablished).isInstanceOf(AssociationAbortedException.class)
                        .hasMessageContaining("ARTIM timer expired after 500 ms awaiting the A-ASSOCIATE-AC/RJ");
                Pdu p = peer.receive(WAIT);
                assertThat(p).isInstanceOf(AAbort.class);
                assertThat(((AAbort) p).source()).isZero();
            }
            assertThat(a.awaitClosed(WAIT)).isTrue();
            assertThat(a.trace().entries(TraceEntry.Transition.class)).anyMatch(x -> x.from() == State.STA5
                    && x.event() == Event.EVT15 && x.action() == Action.AA_1);
        }
    }

    @Test
    void dimseResponseTimerAbortsAndSaysWhichTimer() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).aeTitle("SLOW")
                .options(DimseOptions.defaults().withResponseDelay(Duration.ofSeconds(3))).start()) {
            Timeouts t = Timeouts.defaults().withDimseResponse(Duration.ofMillis(400));
            DimseClient client = DimseClient.open(new AssociationRequestor(t, null), "127.0.0.1", scp.port(),
                    echoRequest("SLOW"));
            assertThatThrownBy(client::echo).isInstanceOf(DimseTimeoutException.class)
                    .hasMessageContaining("DIMSE response timer expired: no C-ECHO-RSP for message ID 1 within 400 ms");
            Association a = client.association();
            assertThat(a.awaitClosed(WAIT)).isTrue();
            assertThat(a.abortInfo()).hasValueSatisfying(x -> {
                assertThat(x.kind()).isEqualTo(AbortInfo.Kind.LOCAL_ABORT);
                assertThat(x.message()).contains("DIMSE response timer");
            });
            assertThat(a.trace().toText()).contains("-> A-ABORT");
            long end = System.nanoTime() + WAIT.toNanos();
            while (scp.acceptor().recentTraces().isEmpty() && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertThat(scp.acceptor().recentTraces().get(0).toText()).contains("<- A-ABORT")
                    .contains("response to message ID 1 delayed by 3000 ms");
        }
    }
}
