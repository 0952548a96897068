package org.dicomharness.pacs.interop.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.testing.OrthancPeer;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.TestImages;
import org.dicomharness.pacs.config.CommitmentReportMode;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.config.RemoteAe;
import org.dicomharness.pacs.net.ReferencePacs;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Storage commitment requested by a client nobody here wrote: Orthanc's storage commitment SCU (REST
 * {@code POST /modalities/{id}/storage-commitment}) asks the reference PACS to commit to objects DCMTK's
 * {@code storescu} stored and to one it never received. Orthanc releases its association right after the
 * N-ACTION-RSP and waits for the report on its own DICOM port, so the PACS's N-EVENT-REPORT reaches it on a new
 * association with the SCP role selection, in both report modes (in the default mode after the attempt on the
 * released association fails, if the release came first). Orthanc's own account of the report is the evidence:
 * the committed instances under Success, the unknown one under Failures with Failure Reason 0112 (274).
 */
class OrthancStorageCommitmentIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REPORT_WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(CommitmentReportMode.class)
    void orthancRequestsCommitmentAndReceivesTheReport(CommitmentReportMode mode) throws Exception {
        int pacsPort = PeerProcess.freePort();
        try (OrthancPeer orthanc = OrthancPeer.start(dir.resolve("orthanc"), "ORTHANC",
                Map.of("pacs", Map.entry("REFPACS", pacsPort)));
             ReferencePacs pacs = ReferencePacs.start(PacsConfig.defaults(dir.resolve("pacs")).toBuilder()
                     .port(pacsPort).fsync(false).monitoringPort(-1).commitmentReports(mode)
                     .remoteAe(new RemoteAe("ORTHANC", "127.0.0.1", orthanc.dicomPort())).build(),
                     ArchivalValidator.NONE)) {
            List<TestImages.Ids> stored = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            TestImages.Ids ids = TestImages.Ids.fresh("PAT-ORTHANC", "Commit^Otto");
            for (int i = 0; i < 2; i++) {
                stored.add(ids);
                files.add(TestImages.write(dir.resolve("ct" + i + ".dcm"), TestImages.ct(ids, 32, 32),
                        TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
                ids = ids.nextInstance();
            }
            new DcmtkClients(pacs.aeTitle(), pacs.port()).store(dir, files);
            String unknown = TestImages.uid();

            JsonNode mixed = commit(orthanc, stored, unknown);
            assertThat(mixed.get("Status").asText()).as(mixed.toString()).isEqualTo("Failure");
            assertThat(mixed.get("RemoteAET").asText()).isEqualTo("REFPACS");
            assertThat(uids(mixed.get("Success"))).containsExactlyInAnyOrderElementsOf(
                    stored.stream().map(TestImages.Ids::sopUid).toList());
            assertThat(mixed.get("Failures")).singleElement().satisfies(f -> {
                assertThat(f.get("SOPInstanceUID").asText()).isEqualTo(unknown);
                assertThat(f.get("SOPClassUID").asText()).isEqualTo(Uids.CTImageStorage);
                assertThat(f.get("FailureReason").asInt()).as("0112 No such object instance").isEqualTo(0x0112);
            });

            JsonNode all = commit(orthanc, stored, null);
            assertThat(all.get("Status").asText()).as(all.toString()).isEqualTo("Success");
            assertThat(uids(all.get("Success"))).hasSize(2);
            assertThat(all.get("Failures")).isEmpty();
        }
    }

    /** Asks Orthanc to request commitment from the PACS and waits for the report it received. */
    private static JsonNode commit(OrthancPeer orthanc, List<TestImages.Ids> stored, String unknown)
            throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode instances = body.putArray("DicomInstances");
        List<String> uids = new ArrayList<>(stored.stream().map(TestImages.Ids::sopUid).toList());
        if (unknown != null) {
            uids.add(unknown);
        }
        for (String uid : uids) {
            instances.addObject().put("SOPClassUID", Uids.CTImageStorage).put("SOPInstanceUID", uid);
        }
        body.put("Timeout", REPORT_WAIT.toSeconds());
        String path = orthanc.post("/modalities/pacs/storage-commitment", body.toString()).get("Path").asText();
        long end = System.nanoTime() + REPORT_WAIT.toNanos();
        JsonNode report = orthanc.get(path);
        while (report.get("Status").asText().equals("Pending") && System.nanoTime() < end) {
            Thread.sleep(50);
            report = orthanc.get(path);
        }
        return report;
    }

    private static List<String> uids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("SOPInstanceUID").asText()));
        return out;
    }
}
