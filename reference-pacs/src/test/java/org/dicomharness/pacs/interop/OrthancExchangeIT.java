package org.dicomharness.pacs.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.testing.OrthancPeer;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.config.RemoteAe;
import org.dicomharness.pacs.index.InstanceState;
import org.dicomharness.pacs.index.StoredInstance;
import org.dicomharness.pacs.net.ReferencePacs;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.dicomharness.testdata.GeneratedCorpus;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.StudyGenerator;
import org.dicomharness.testdata.WrittenFile;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Orthanc and the reference PACS, each configured with the other as a DICOM modality. Orthanc pulls a study from
 * the PACS by C-MOVE through its REST API ({@code POST /modalities/REFPACS/move}), and pushes one to it by C-STORE
 * ({@code POST /modalities/REFPACS/store}). Both ends are checked: Orthanc's REST view ({@code /studies}, the stored
 * files) and the PACS's index, object by object and byte for byte.
 */
class OrthancExchangeIT {

    @Test
    void orthancPullsAStudyByCMoveAndPushesOneByCStore(@TempDir Path tmp) throws Exception {
        Path storescu = Peers.require("storescu", "dcmtk");
        MixedCorpus mixed = MixedCorpus.write(tmp.resolve("corpus"));
        // The study Orthanc will push, first sent to Orthanc with storescu: new patient, new UIDs.
        List<WrittenFile> pushed = GeneratedCorpus.writeStudy(tmp.resolve("push"),
                new StudyGenerator(7L).generate(3, List.of(ObjectKind.CT, ObjectKind.MR, ObjectKind.SR), 1, 2),
                OutputSyntax.EXPLICIT, f -> { });
        for (WrittenFile f : pushed) {
            WireEncoding.rewriteAsStorescuSends(f.path());
        }
        int pacsPort = PeerProcess.freePort();
        try (OrthancPeer orthanc = OrthancPeer.start(Files.createDirectories(tmp.resolve("orthanc")), "ORTHANC",
                Map.of("REFPACS", Map.entry("REFPACS", pacsPort)));
             ReferencePacs pacs = ReferencePacs.start(PacsConfig.defaults(tmp.resolve("pacs")).withPort(pacsPort)
                     .withMonitoringPort(-1).withRemoteAe(new RemoteAe("ORTHANC", "127.0.0.1", orthanc.dicomPort())),
                     ArchivalValidator.NONE)) {
            Path profile = StorescuProfile.write(tmp, mixed.files().stream().map(WrittenFile::path).toList());
            ProcessRunner.run(tmp, List.of(storescu.toString(), "+sd", "+r", "-xf", profile.toString(),
                    StorescuProfile.PROFILE, "-aet", "LOADER", "-aec", pacs.aeTitle(), "127.0.0.1",
                    Integer.toString(pacs.port()), mixed.dir().toString()), Map.of(), 300).check();

            // Pull: Orthanc asks the PACS to move one study to Orthanc itself.
            String pulled = mixed.studyInstanceUid(OutputSyntax.JPEG2000);
            orthanc.post("/modalities/REFPACS/move", "{\"Level\": \"Study\", \"Resources\": [{\"StudyInstanceUID\": \""
                    + pulled + "\"}], \"TargetAet\": \"ORTHANC\"}");
            List<StoredInstance> inPacs = pacs.archive().index().select(" WHERE st.study_instance_uid = ?", pulled);
            assertThat(inPacs).hasSize(MixedCorpus.KINDS.size());
            JsonNode study = orthancStudy(orthanc, pulled);
            Map<String, byte[]> inOrthanc = orthancFiles(orthanc, study.get("ID").asText(), tmp.resolve("from-orthanc"));
            assertThat(inOrthanc.keySet()).as("Orthanc received every object of the study")
                    .containsExactlyInAnyOrderElementsOf(inPacs.stream().map(StoredInstance::sopInstanceUid).toList());
            for (StoredInstance row : inPacs) {
                Path received = tmp.resolve("from-orthanc").resolve(row.sopInstanceUid() + ".dcm");
                assertThat(DataSetDigest.of(received)).as(row.sopInstanceUid() + " in Orthanc == stored in the PACS")
                        .isEqualTo(row.sha256());
            }

            // Push: storescu to Orthanc, then Orthanc stores the study to the PACS.
            ProcessRunner.run(tmp, List.of(storescu.toString(), "+sd", "+r", "-aet", "MODALITY", "-aec", "ORTHANC",
                    "127.0.0.1", Integer.toString(orthanc.dicomPort()), tmp.resolve("push").toString()), Map.of(), 120)
                    .check();
            String pushedStudy = pushed.get(0).source().getString(Tags.StudyInstanceUID);
            JsonNode inOrthancBeforePush = orthancStudy(orthanc, pushedStudy);
            assertThat(pacs.archive().index().select(" WHERE st.study_instance_uid = ?", pushedStudy)).isEmpty();
            orthanc.post("/modalities/REFPACS/store", "{\"Resources\": [\"" + inOrthancBeforePush.get("ID").asText()
                    + "\"], \"Synchronous\": true}");
            List<StoredInstance> arrived = pacs.archive().index().select(" WHERE st.study_instance_uid = ?", pushedStudy);
            assertThat(arrived).hasSize(pushed.size());
            for (WrittenFile f : pushed) {
                String uid = f.source().getString(Tags.SOPInstanceUID);
                StoredInstance row = arrived.stream().filter(r -> r.sopInstanceUid().equals(uid)).findFirst()
                        .orElseThrow(() -> new AssertionError(uid + " did not arrive in the PACS"));
                assertThat(row.receivedFromAe()).isEqualTo("ORTHANC");
                assertThat(row.state()).isEqualTo(InstanceState.ACTIVE);
                assertThat(row.transferSyntaxUid()).isEqualTo(f.syntax().uid());
                assertThat(row.sha256()).as(uid + ": stored in the PACS == sent to Orthanc")
                        .isEqualTo(DataSetDigest.of(f.path()));
                assertThat(DataSetDigest.of(pacs.archive().store().resolve(row.filePath()))).isEqualTo(row.sha256());
            }
            assertThat(orthanc.get("/studies")).as("Orthanc holds the pulled and the pushed study").hasSize(2);
        }
    }

    /** Orthanc's study resource for a Study Instance UID (fails when Orthanc does not hold exactly one). */
    private static JsonNode orthancStudy(OrthancPeer orthanc, String studyUid) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode id : orthanc.get("/studies")) {
            JsonNode s = orthanc.get("/studies/" + id.asText());
            if (studyUid.equals(s.get("MainDicomTags").get("StudyInstanceUID").asText())) {
                found.add(s);
            }
        }
        assertThat(found).as("Orthanc studies with Study Instance UID " + studyUid).hasSize(1);
        return found.get(0);
    }

    /** Downloads each instance of an Orthanc study into {@code dir} as SOP-UID.dcm; returns them by SOP UID. */
    private static Map<String, byte[]> orthancFiles(OrthancPeer orthanc, String studyId, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, byte[]> out = new HashMap<>();
        for (JsonNode instance : orthanc.get("/studies/" + studyId + "/instances")) {
            String uid = instance.get("MainDicomTags").get("SOPInstanceUID").asText();
            byte[] file = orthanc.download("/instances/" + instance.get("ID").asText() + "/file");
            Files.write(dir.resolve(uid + ".dcm"), file);
            out.put(uid, file);
        }
        return out;
    }
}
