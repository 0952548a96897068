package org.dicomharness.dicom.net.ul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.tls.TlsProfile;
import org.dicomharness.dicom.testing.TestImages;
import org.dicomharness.dicom.testing.TestPki;
import org.dicomharness.dicom.testing.TestScp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** TLS per PS3.15 Annex B between our own ends: both protocol versions, client certificates required or not. */
class TlsTest {

    @TempDir
    static Path tmp;
    static TestPki pki;

    @BeforeAll
    static void keys() throws Exception {
        pki = TestPki.generate(tmp.resolve("pki"));
    }

    @ParameterizedTest
    @EnumSource(value = TlsProfile.class, names = {"BCP195_TLS12", "BCP195_TLS13"})
    void storeOverTlsWithClientCertificates(TlsProfile profile) throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp-" + profile)).tls(pki.server(profile, true)).start()) {
            var rq = AssociateRequestBuilder.of("HARNESS", scp.aeTitle())
                    .context(Uids.CTImageStorage, Uids.ExplicitVRLittleEndian).build();
            try (DimseClient client = DimseClient.open(new AssociationRequestor(Timeouts.defaults(),
                    pki.client(profile)), "127.0.0.1", scp.port(), rq, null, DimseOptions.defaults())) {
                assertThat(client.store(TestImages.ct(TestImages.Ids.fresh("TLS1", "Secure^Sam"), 64, 64)).status())
                        .isZero();
                TlsInfo tls = client.association().transport().orElseThrow().tls().orElseThrow();
                assertThat(tls.protocol()).isEqualTo(profile.protocols().get(0));
                assertThat(profile.cipherSuites()).contains(tls.cipherSuite());
                assertThat(tls.peerPrincipal()).contains("harness-test-server");
                assertThat(client.association().trace().toText()).contains(tls.cipherSuite());
            }
            assertThat(scp.stored()).hasSize(1);
        }
    }

    @Test
    void clientWithoutCertificateIsRefusedWhenOneIsRequired() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp-auth")).tls(pki.server(TlsProfile.BCP195, true)).start()) {
            var rq = AssociateRequestBuilder.of("HARNESS", scp.aeTitle()).context(Uids.Verification,
                    Uids.ImplicitVRLittleEndian).build();
            assertThatThrownBy(() -> new AssociationRequestor(Timeouts.defaults(),
                    pki.anonymousClient(TlsProfile.BCP195)).open("127.0.0.1", scp.port(), rq, null))
                    .isInstanceOf(AssociationException.class);
            // With TLS 1.3 the client learns of the refusal only after its handshake completed; the acceptor's
            // evidence names the reason either way.
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (scp.acceptor().recentTraces().isEmpty() && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertThat(scp.acceptor().recentTraces()).isNotEmpty();
            assertThat(scp.acceptor().recentTraces().get(0).toText())
                    .contains("transport connection failed before the association started")
                    .containsIgnoringCase("certificate");
            assertThat(scp.stored()).isEmpty();
        }
    }

    @Test
    void clientWithoutCertificateIsServedWhenNoneIsRequired() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp-anon")).tls(pki.server(TlsProfile.BCP195, false)).start()) {
            var rq = AssociateRequestBuilder.of("HARNESS", scp.aeTitle()).context(Uids.Verification,
                    Uids.ImplicitVRLittleEndian).build();
            try (DimseClient client = DimseClient.open(new AssociationRequestor(Timeouts.defaults(),
                    pki.anonymousClient(TlsProfile.BCP195)), "127.0.0.1", scp.port(), rq, null, DimseOptions.defaults())) {
                assertThat(client.echo().status()).isZero();
                assertThat(client.association().transport().orElseThrow().tls()).isPresent();
            }
        }
    }

    @Test
    void plainClientAgainstATlsAcceptorFailsWithoutHanging() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp-plain")).tls(pki.server(TlsProfile.BCP195, false))
                .timeouts(Timeouts.defaults().withArtim(Duration.ofSeconds(2))).start()) {
            var rq = AssociateRequestBuilder.of("HARNESS", scp.aeTitle()).context(Uids.Verification,
                    Uids.ImplicitVRLittleEndian).build();
            assertThatThrownBy(() -> new AssociationRequestor().open("127.0.0.1", scp.port(), rq, null))
                    .isInstanceOf(AssociationException.class);
        }
    }
}
