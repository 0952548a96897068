package org.dicomharness.dicom.net.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.net.dimse.CGetRsp;
import org.dicomharness.dicom.net.dimse.CMoveRsp;
import org.dicomharness.dicom.net.dimse.DataSets;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseResult;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.PresentationContext;
import org.dicomharness.dicom.testing.OrthancPeer;
import org.dicomharness.dicom.testing.QueryRetrieveScu;
import org.dicomharness.dicom.testing.SyntaxSamples;
import org.dicomharness.dicom.testing.TestImages;
import org.dicomharness.dicom.testing.TestScp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our SCU against Orthanc: echo, store every syntax it accepts (checked over REST), find at each level, move, get. */
class OrthancIT {

    @TempDir
    Path tmp;

    @Test
    void echoStoreFindMoveGet() throws Exception {
        Map<String, Path> samples = SyntaxSamples.create(Files.createDirectories(tmp.resolve("samples")),
                TestImages.Ids.fresh("ORTH1", "Orthanc^Otto"));
        try (TestScp dest = TestScp.builder(tmp.resolve("dest")).aeTitle("HARNESSDEST").start();
             OrthancPeer orthanc = OrthancPeer.start(tmp, "ORTHANC",
                     Map.of("harness", new AbstractMap.SimpleEntry<>("HARNESSDEST", dest.port())))) {
            int port = orthanc.dicomPort();
            AssociateRequestBuilder rq = AssociateRequestBuilder.of("HARNESS", "ORTHANC")
                    .context(Uids.Verification, Uids.ImplicitVRLittleEndian);
            Map<String, String> sopOf = new HashMap<>();
            for (Map.Entry<String, Path> e : samples.entrySet()) {
                String sop = DataSets.header(e.getValue()).dataset().getString(Tags.SOPClassUID);
                sopOf.put(e.getKey(), sop);
                rq.context(sop, e.getKey());
            }
            Map<String, String> uidBySyntax = new HashMap<>();
            try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", port, rq.build())) {
                assertThat(client.echo().status()).isZero();
                for (PresentationContext pc : client.association().presentationContexts()) {
                    assertThat(pc.isAccepted()).as("Orthanc accepts " + pc).isTrue();
                }
                for (Map.Entry<String, Path> e : samples.entrySet()) {
                    assertThat(client.store(e.getValue()).status()).as("store " + e.getKey()).isZero();
                    uidBySyntax.put(e.getKey(), Part10Reader.read(e.getValue()).dataset().getString(Tags.SOPInstanceUID));
                }
            }
            // What arrived, over REST: every instance, in the syntax it was sent in.
            JsonNode instances = orthanc.get("/instances");
            assertThat(instances.size()).isEqualTo(samples.size());
            for (JsonNode id : instances) {
                String sop = orthanc.get("/instances/" + id.asText() + "/simplified-tags").get("SOPInstanceUID").asText();
                String ts = orthanc.get("/instances/" + id.asText() + "/metadata/TransferSyntax").asText();
                assertThat(uidBySyntax.get(ts)).as("instance in " + ts).isEqualTo(sop);
            }

            DicomFile any = Part10Reader.read(samples.get(Uids.ExplicitVRLittleEndian));
            String study = any.dataset().getString(Tags.StudyInstanceUID);
            String series = any.dataset().getString(Tags.SeriesInstanceUID);
            String patientRoot = Uids.PatientRootQueryRetrieveInformationModelFind;
            String studyRoot = Uids.StudyRootQueryRetrieveInformationModelFind;
            assertThat(QueryRetrieveScu.find("127.0.0.1", port, "ORTHANC", patientRoot,
                    QueryRetrieveScu.identifier("PATIENT", Map.of(Tags.PatientID, "ORTH1"), Tags.PatientName)))
                    .extracting(d -> d.getString(Tags.PatientName)).containsExactly("Orthanc^Otto");
            assertThat(QueryRetrieveScu.find("127.0.0.1", port, "ORTHANC", patientRoot,
                    QueryRetrieveScu.identifier("STUDY", Map.of(Tags.PatientID, "ORTH1"), Tags.StudyInstanceUID)))
                    .extracting(d -> d.getString(Tags.StudyInstanceUID)).containsExactly(study);
            assertThat(QueryRetrieveScu.find("127.0.0.1", port, "ORTHANC", patientRoot,
                    QueryRetrieveScu.identifier("SERIES", Map.of(Tags.PatientID, "ORTH1", Tags.StudyInstanceUID, study),
                            Tags.SeriesInstanceUID))).hasSize(1);
            List<Dataset> images = QueryRetrieveScu.find("127.0.0.1", port, "ORTHANC", patientRoot,
                    QueryRetrieveScu.identifier("IMAGE", Map.of(Tags.PatientID, "ORTH1", Tags.StudyInstanceUID, study,
                            Tags.SeriesInstanceUID, series), Tags.SOPInstanceUID));
            assertThat(images).extracting(d -> d.getString(Tags.SOPInstanceUID))
                    .containsExactlyInAnyOrderElementsOf(uidBySyntax.values());
            assertThat(QueryRetrieveScu.find("127.0.0.1", port, "ORTHANC", studyRoot,
                    QueryRetrieveScu.identifier("STUDY", Map.of(Tags.PatientName, "Orth*"), Tags.StudyInstanceUID)))
                    .hasSize(1);
            assertThat(QueryRetrieveScu.find("127.0.0.1", port, "ORTHANC", studyRoot,
                    QueryRetrieveScu.identifier("SERIES", Map.of(Tags.StudyInstanceUID, study), Tags.SeriesInstanceUID,
                            Tags.Modality))).hasSize(1);
            assertThat(QueryRetrieveScu.find("127.0.0.1", port, "ORTHANC", studyRoot,
                    QueryRetrieveScu.identifier("IMAGE", Map.of(Tags.StudyInstanceUID, study, Tags.SeriesInstanceUID,
                            series), Tags.SOPInstanceUID))).hasSize(samples.size());

            DimseResult moved = QueryRetrieveScu.move("127.0.0.1", port, "ORTHANC",
                    Uids.StudyRootQueryRetrieveInformationModelMove, "HARNESSDEST",
                    QueryRetrieveScu.identifier("STUDY", Map.of(Tags.StudyInstanceUID, study)));
            CMoveRsp moveRsp = (CMoveRsp) moved.response();
            assertThat(moveRsp.status()).as(orthanc.log()).isZero();
            assertThat(dest.stored()).extracting(TestScp.Stored::sopInstanceUid)
                    .containsExactlyInAnyOrderElementsOf(uidBySyntax.values());

            List<TestScp.Stored> got = new ArrayList<>();
            Path into = Files.createDirectories(tmp.resolve("got"));
            DimseResult result = QueryRetrieveScu.get("127.0.0.1", port, "ORTHANC",
                    Uids.StudyRootQueryRetrieveInformationModelGet,
                    QueryRetrieveScu.identifier("SERIES", Map.of(Tags.StudyInstanceUID, study, Tags.SeriesInstanceUID,
                            series)), into, List.of(Uids.CTImageStorage, Uids.SecondaryCaptureImageStorage),
                    List.copyOf(samples.keySet()), got);
            CGetRsp getRsp = (CGetRsp) result.response();
            assertThat(getRsp.status()).as(orthanc.log()).isZero();
            assertThat(getRsp.subOperations().completed()).isEqualTo(samples.size());
            for (TestScp.Stored s : got) {
                assertThat(uidBySyntax.get(s.transferSyntaxUid())).as("C-GET kept the syntax").isEqualTo(s.sopInstanceUid());
            }
            assertThat(got).hasSize(samples.size());
            assertThat(orthanc.isAlive()).isTrue();
        }
    }
}
