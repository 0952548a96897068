package org.dicomharness.dicom.net.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.net.dimse.CStoreRsp;
import org.dicomharness.dicom.net.dimse.DataSets;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.PresentationContext;
import org.dicomharness.dicom.testing.Dcmtk;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.SyntaxSamples;
import org.dicomharness.dicom.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our SCU storing into DCMTK storescp: every transfer syntax storescp accepts, bytes of Pixel Data preserved. */
class StorescpIT {

    @TempDir
    Path tmp;

    @Test
    void storesEveryTransferSyntaxStorescpAccepts() throws Exception {
        Map<String, Path> samples = SyntaxSamples.create(tmp, TestImages.Ids.fresh("SYN1", "Syntax^Sam"));
        int port = PeerProcess.freePort();
        Path out = tmp.resolve("received");
        try (PeerProcess peer = Dcmtk.storescp(tmp, "STORESCP", out, port)) {
            AssociateRequestBuilder rq = AssociateRequestBuilder.of("HARNESS", "STORESCP");
            for (Map.Entry<String, Path> e : samples.entrySet()) {
                rq.context(DimseClientHelper.sopClass(e.getValue()), e.getKey());
            }
            try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", port, rq.build())) {
                for (PresentationContext pc : client.association().presentationContexts()) {
                    assertThat(pc.isAccepted()).as("storescp accepts " + pc).isTrue();
                }
                for (Map.Entry<String, Path> e : samples.entrySet()) {
                    CStoreRsp rsp = client.store(e.getValue());
                    assertThat(rsp.status()).as("C-STORE in " + e.getKey()).isZero();
                }
                client.release();
            }
            assertThat(peer.isAlive()).isTrue();
            for (Map.Entry<String, Path> e : samples.entrySet()) {
                DicomFile sent = Part10Reader.read(e.getValue());
                String uid = sent.dataset().getString(Tags.SOPInstanceUID);
                DicomFile got = Part10Reader.read(Dcmtk.receivedFile(out, uid));
                assertThat(got.transferSyntax().uid()).as("syntax kept").isEqualTo(e.getKey());
                assertThat(Dcmtk.pixelBytes(got)).as("Pixel Data of " + e.getKey()).isEqualTo(Dcmtk.pixelBytes(sent));
                assertThat(got.dataset().getString(Tags.PatientName)).isEqualTo("Syntax^Sam");
            }
        }
    }

    /** Reads a sample's SOP Class UID. */
    static final class DimseClientHelper {
        static String sopClass(Path file) throws java.io.IOException {
            return DataSets.header(file).dataset().getString(Tags.SOPClassUID);
        }
    }
}
