package org.dicomharness.dicom.net.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.CGetRsp;
import org.dicomharness.dicom.net.dimse.CMoveRsp;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseResult;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.QueryRetrieveScu;
import org.dicomharness.dicom.testing.TestImages;
import org.dicomharness.dicom.testing.TestScp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our SCU against DCMTK dcmqrscp: echo, store (native syntaxes), find at each level, move, get. */
class DcmqrscpIT {

    @TempDir
    Path tmp;

    @Test
    void storeFindMoveGet() throws Exception {
        Path dcmqrscp = Peers.require("dcmqrscp", "dcmtk");
        try (TestScp dest = TestScp.builder(tmp.resolve("dest")).aeTitle("HARNESSDEST").start()) {
            int port = PeerProcess.freePort();
            Path db = Files.createDirectories(tmp.resolve("db"));
            Path cfg = tmp.resolve("dcmqrscp.cfg");
            Files.writeString(cfg, String.join("\n",
                    "NetworkTCPPort = " + port, "MaxPDUSize = 16384", "MaxAssociations = 16",
                    "HostTable BEGIN", "harnessdest = (HARNESSDEST, 127.0.0.1, " + dest.port() + ")", "HostTable END",
                    "VendorTable BEGIN", "VendorTable END",
                    "AETable BEGIN", "DCMQRSCP " + db + " RW (1000, 1024mb) ANY", "AETable END", ""));
            try (PeerProcess peer = PeerProcess.start(tmp, "dcmqrscp", List.of(dcmqrscp.toString(), "-c", cfg.toString()),
                    Map.of(), port, Duration.ofSeconds(20))) {
                // Two patients; patient 1 has one study with two series of two images each.
                TestImages.Ids a = TestImages.Ids.fresh("QR1", "Query^Quinn");
                TestImages.Ids b = TestImages.Ids.fresh("QR2", "Retrieve^Rosa");
                List<Dataset> images = List.of(TestImages.ct(a, 32, 32), TestImages.ct(a = a.nextInstance(), 32, 32),
                        TestImages.ct(a = a.nextSeries(), 32, 32), TestImages.ct(a.nextInstance(), 32, 32),
                        TestImages.ct(b, 32, 32));
                String study1 = images.get(0).getString(Tags.StudyInstanceUID);
                String series1 = images.get(0).getString(Tags.SeriesInstanceUID);
                var rq = AssociateRequestBuilder.of("HARNESS", "DCMQRSCP").context(Uids.Verification,
                        Uids.ImplicitVRLittleEndian).context(Uids.CTImageStorage, Uids.ExplicitVRLittleEndian)
                        .context(Uids.CTImageStorage, Uids.ExplicitVRBigEndian)
                        .context(Uids.CTImageStorage, Uids.ImplicitVRLittleEndian).build();
                try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", port, rq)) {
                    assertThat(client.echo().status()).isZero();
                    String[] syntaxes = {Uids.ExplicitVRLittleEndian, Uids.ExplicitVRBigEndian, Uids.ImplicitVRLittleEndian};
                    for (int i = 0; i < images.size(); i++) {
                        Path f = TestImages.write(tmp.resolve("img" + i + ".dcm"), images.get(i),
                                TransferSyntax.of(syntaxes[i % 3]));
                        assertThat(client.store(f).status()).as("store " + i).isZero();
                    }
                }

                String patientRoot = Uids.PatientRootQueryRetrieveInformationModelFind;
                String studyRoot = Uids.StudyRootQueryRetrieveInformationModelFind;
                assertThat(QueryRetrieveScu.find("127.0.0.1", port, "DCMQRSCP", patientRoot,
                        QueryRetrieveScu.identifier("PATIENT", Map.of(), Tags.PatientID, Tags.PatientName)))
                        .extracting(d -> d.getString(Tags.PatientID)).containsExactlyInAnyOrder("QR1", "QR2");
                assertThat(QueryRetrieveScu.find("127.0.0.1", port, "DCMQRSCP", patientRoot,
                        QueryRetrieveScu.identifier("STUDY", Map.of(Tags.PatientID, "QR1"), Tags.StudyInstanceUID)))
                        .extracting(d -> d.getString(Tags.StudyInstanceUID)).containsExactly(study1);
                assertThat(QueryRetrieveScu.find("127.0.0.1", port, "DCMQRSCP", patientRoot,
                        QueryRetrieveScu.identifier("SERIES", Map.of(Tags.PatientID, "QR1", Tags.StudyInstanceUID, study1),
                                Tags.SeriesInstanceUID))).hasSize(2);
                assertThat(QueryRetrieveScu.find("127.0.0.1", port, "DCMQRSCP", patientRoot,
                        QueryRetrieveScu.identifier("IMAGE", Map.of(Tags.PatientID, "QR1", Tags.StudyInstanceUID, study1,
                                Tags.SeriesInstanceUID, series1), Tags.SOPInstanceUID))).hasSize(2);
                assertThat(QueryRetrieveScu.find("127.0.0.1", port, "DCMQRSCP", studyRoot,
                        QueryRetrieveScu.identifier("STUDY", Map.of(Tags.PatientName, "Query*"), Tags.StudyInstanceUID)))
                        .extracting(d -> d.getString(Tags.StudyInstanceUID)).containsExactly(study1);
                assertThat(QueryRetrieveScu.find("127.0.0.1", port, "DCMQRSCP", studyRoot,
                        QueryRetrieveScu.identifier("SERIES", Map.of(Tags.StudyInstanceUID, study1), Tags.SeriesInstanceUID)))
                        .hasSize(2);
                assertThat(QueryRetrieveScu.find("127.0.0.1", port, "DCMQRSCP", studyRoot,
                        QueryRetrieveScu.identifier("IMAGE", Map.of(Tags.StudyInstanceUID, study1, Tags.SeriesInstanceUID,
                                series1), Tags.SOPInstanceUID))).hasSize(2);

                DimseResult moved = QueryRetrieveScu.move("127.0.0.1", port, "DCMQRSCP",
                        Uids.StudyRootQueryRetrieveInformationModelMove, "HARNESSDEST",
                        QueryRetrieveScu.identifier("STUDY", Map.of(Tags.StudyInstanceUID, study1)));
                CMoveRsp moveRsp = (CMoveRsp) moved.response();
                assertThat(moveRsp.status()).isZero();
                assertThat(moveRsp.subOperations().completed()).isEqualTo(4);
                assertThat(dest.stored()).hasSize(4).allMatch(s -> s.callingAeTitle().equals("DCMQRSCP"));

                List<TestScp.Stored> got = new ArrayList<>();
                Path into = Files.createDirectories(tmp.resolve("got"));
                DimseResult result = QueryRetrieveScu.get("127.0.0.1", port, "DCMQRSCP",
                        Uids.PatientRootQueryRetrieveInformationModelGet,
                        QueryRetrieveScu.identifier("SERIES", Map.of(Tags.PatientID, "QR1", Tags.StudyInstanceUID,
                                study1, Tags.SeriesInstanceUID, series1)), into, List.of(Uids.CTImageStorage),
                        List.of(Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian), got);
                CGetRsp getRsp = (CGetRsp) result.response();
                assertThat(getRsp.status()).isZero();
                assertThat(getRsp.subOperations().completed()).isEqualTo(2);
                assertThat(got).hasSize(2).extracting(TestScp.Stored::sopInstanceUid).containsExactlyInAnyOrder(
                        images.get(0).getString(Tags.SOPInstanceUID), images.get(1).getString(Tags.SOPInstanceUID));
                assertThat(peer.isAlive()).isTrue();
            }
        }
    }
}
