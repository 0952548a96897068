package org.dicomharness.dicom.net.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.tls.TlsProfile;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.TlsInfo;
import org.dicomharness.dicom.net.ul.Timeouts;
import org.dicomharness.dicom.testing.Dcmtk;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.dicom.testing.TestImages;
import org.dicomharness.dicom.testing.TestPki;
import org.dicomharness.dicom.testing.TestScp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS (PS3.15 B.9, BCP 195) with DCMTK in both directions, certificates generated at test time, both sides verified. */
class TlsDcmtkIT {

    @TempDir
    static Path tmp;
    static TestPki pki;
    static Path image;

    @BeforeAll
    static void setUp() throws Exception {
        pki = TestPki.generate(tmp.resolve("pki"));
        image = TestImages.write(tmp.resolve("ct.dcm"), TestImages.ct(TestImages.Ids.fresh("TLS2", "Tls^Tina"), 64, 64),
                TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
    }

    @Test
    void storescuWithTlsAgainstOurScp() throws Exception {
        Path storescu = Peers.require("storescu", "dcmtk");
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).tls(pki.server(TlsProfile.BCP195, true)).start()) {
            ProcessRunner.Result r = ProcessRunner.run(tmp, List.of(storescu.toString(), "-v", "+tls",
                    pki.clientKeyPem().toString(), pki.clientCertPem().toString(), "+cf", pki.serverCertPem().toString(),
                    "-aet", "TLSSCU", "-aec", scp.aeTitle(), "127.0.0.1", String.valueOf(scp.port()), image.toString()),
                    Map.of(), 60);
            r.check();
            assertThat(scp.stored()).hasSize(1);
            assertThat(scp.stored().get(0).callingAeTitle()).isEqualTo("TLSSCU");
            String trace = DcmtkClientsIT.lastTrace(scp).toText();
            assertThat(trace).containsPattern("TLSv1\\.[23]").contains("harness-test-client");
        }
    }

    @Test
    void ourScuWithTlsAgainstStorescp() throws Exception {
        Path storescp = Peers.require("storescp", "dcmtk");
        int port = PeerProcess.freePort();
        Path out = Files.createDirectories(tmp.resolve("received"));
        try (PeerProcess peer = PeerProcess.start(tmp, "storescp-tls", List.of(storescp.toString(), "+tls",
                pki.serverKeyPem().toString(), pki.serverCertPem().toString(), "+cf", pki.clientCertPem().toString(),
                "-aet", "STORESCP", "-od", out.toString(), String.valueOf(port)), Map.of(), port,
                java.time.Duration.ofSeconds(20))) {
            var rq = AssociateRequestBuilder.of("HARNESS", "STORESCP")
                    .context(Uids.CTImageStorage, Uids.ExplicitVRLittleEndian).build();
            for (TlsProfile profile : List.of(TlsProfile.BCP195_TLS12, TlsProfile.BCP195_TLS13)) {
                try (DimseClient client = DimseClient.open(new AssociationRequestor(Timeouts.defaults(),
                        pki.client(profile)), "127.0.0.1", port, rq, null, DimseOptions.defaults())) {
                    assertThat(client.store(image).status()).isZero();
                    TlsInfo tls = client.association().transport().orElseThrow().tls().orElseThrow();
                    assertThat(tls.protocol()).isEqualTo(profile.protocols().get(0));
                    assertThat(tls.peerPrincipal()).contains("harness-test-server");
                }
            }
            assertThat(peer.isAlive()).isTrue();
            String uid = Part10Reader.read(image).dataset().getString(Tags.SOPInstanceUID);
            assertThat(Dcmtk.receivedFile(out, uid)).exists();
        }
    }
}
