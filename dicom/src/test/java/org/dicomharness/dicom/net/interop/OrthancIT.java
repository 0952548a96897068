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

    /**
     * Storage commitment against Orthanc (PS3.4 J): our N-ACTION-RQ, then Orthanc's N-EVENT-REPORT-RQ on an
     * association it opens to our SCP: DIMSE-N with a peer nobody here wrote.
     */
    @Test
    void storageCommitmentNActionAndNEventReport() throws Exception {
        String commit = Uids.StorageCommitmentPushModel;
        java.util.concurrent.CountDownLatch reported = new java.util.concurrent.CountDownLatch(1);
        Dataset[] report = new Dataset[1];
        int[] eventType = new int[1];
        try (TestScp modality = TestScp.builder(tmp.resolve("modality")).aeTitle("HARNESS")
                .policy(p -> p.accept(commit, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian)
                        .allowRequestorScpRole(commit))
                .services(s -> s.eventReport(commit, (ctx, rq, info) -> {
                    report[0] = info;
                    eventType[0] = rq.eventTypeId();
                    reported.countDown();
                    return org.dicomharness.dicom.net.dimse.Outcome.success();
                })).start();
             OrthancPeer orthanc = OrthancPeer.start(tmp, "ORTHANC",
                     Map.of("harness", new AbstractMap.SimpleEntry<>("HARNESS", modality.port())))) {
            TestImages.Ids ids = TestImages.Ids.fresh("COMMIT1", "Commit^Carla");
            List<Dataset> images = List.of(TestImages.ct(ids, 32, 32), TestImages.ct(ids.nextInstance(), 32, 32));
            var rq = AssociateRequestBuilder.of("HARNESS", "ORTHANC")
                    .context(Uids.CTImageStorage, Uids.ExplicitVRLittleEndian)
                    .context(commit, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian).build();
            String transaction = TestImages.uid();
            String missing = TestImages.uid();
            try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", orthanc.dicomPort(), rq)) {
                for (Dataset ds : images) {
                    assertThat(client.store(ds).status()).isZero();
                }
                Dataset action = new Dataset();
                action.setString(Tags.TransactionUID, transaction);
                var refs = action.newSequence(Tags.ReferencedSOPSequence);
                for (Dataset ds : images) {
                    Dataset item = refs.addItem();
                    item.setString(Tags.ReferencedSOPClassUID, Uids.CTImageStorage);
                    item.setString(Tags.ReferencedSOPInstanceUID, ds.getString(Tags.SOPInstanceUID));
                }
                Dataset gone = refs.addItem();
                gone.setString(Tags.ReferencedSOPClassUID, Uids.CTImageStorage);
                gone.setString(Tags.ReferencedSOPInstanceUID, missing);
                DimseResult r = client.nAction(commit, "1.2.840.10008.1.20.1.1", 1, action);
                assertThat(r.status()).isZero();
                assertThat(reported.await(30, java.util.concurrent.TimeUnit.SECONDS)).as("N-EVENT-REPORT from Orthanc\n"
                        + orthanc.log()).isTrue();
            }
            assertThat(report[0].getString(Tags.TransactionUID)).isEqualTo(transaction);
            // Event Type 2: storage commitment request complete - failures exist (PS3.4 J.3.3.1).
            assertThat(eventType[0]).isEqualTo(2);
            assertThat(report[0].getSequence(Tags.ReferencedSOPSequence)).hasSize(2);
            Dataset failed = report[0].getSequence(Tags.FailedSOPSequence).get(0);
            assertThat(failed.getString(Tags.ReferencedSOPInstanceUID)).isEqualTo(missing);
            int reason = failed.getInt(Tags.FailureReason, -1);
            assertThat(org.dicomharness.dicom.net.dimse.StatusRegistry.standard().lookup(reason,
                    org.dicomharness.dicom.net.dimse.ServiceClass.STORAGE_COMMITMENT).name())
                    .isEqualTo("No such object instance");
            assertThat(DcmtkClientsIT.lastTrace(modality).toText()).contains("N-EVENT-REPORT-RQ")
                    .contains("Storage Commitment Push Model");
        }
    }
}
