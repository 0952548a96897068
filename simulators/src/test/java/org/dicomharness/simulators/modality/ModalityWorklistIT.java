package org.dicomharness.simulators.modality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.simulators.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modality's worklist query against DCMTK wlmscpfs, serving worklist files made with dump2dcm: matching on the
 * step's Modality and Scheduled Station AE Title, on Patient ID, and the values a modality needs coming back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModalityWorklistIT {

    private static final String STUDY_CT = "2.25.171000000000000000000000000000000001";
    private static final String STUDY_MR = "2.25.171000000000000000000000000000000002";

    private PeerProcess wlmscpfs;
    private Target target;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        Path dump2dcm = Peers.require("dump2dcm", "dcmtk");
        Path server = Peers.require("wlmscpfs", "dcmtk");
        Path ae = Files.createDirectories(tmp.resolve("worklists/WLSCP"));
        Files.createFile(ae.resolve("lockfile"));
        worklistFile(dump2dcm, tmp, ae.resolve("ct.wl"), "ACC-CT-1", "Worklist^Wanda", "WL1001", "19700101", "F",
                STUDY_CT, "CT head plain", "CT", "CT01", "SPS-CT-1", "RP-CT-1");
        worklistFile(dump2dcm, tmp, ae.resolve("mr.wl"), "ACC-MR-1", "Magnet^Max", "WL1002", "19650505", "M",
                STUDY_MR, "MR knee", "MR", "MR01", "SPS-MR-1", "RP-MR-1");
        int port = PeerProcess.freePort();
        wlmscpfs = PeerProcess.start(tmp, "wlmscpfs", List.of(server.toString(), "-dfp",
                tmp.resolve("worklists").toString(), String.valueOf(port)), Map.of(), port, Duration.ofSeconds(20));
        target = new Target("WLSCP", "127.0.0.1", port);
    }

    @AfterAll
    void stop() {
        if (wlmscpfs != null) {
            wlmscpfs.close();
        }
    }

    /** A worklist item as a dcmdump-style text, turned into a file by dump2dcm (PEERS.md). */
    private static void worklistFile(Path dump2dcm, Path tmp, Path out, String accession, String name, String id,
                                     String birth, String sex, String study, String description, String modality,
                                     String station, String spsId, String rpId) throws Exception {
        String dump = String.join("\n",
                "(0008,0005) CS [ISO_IR 100]",
                "(0008,0050) SH [" + accession + "]",
                "(0008,0090) PN [Ref^Rita]",
                "(0010,0010) PN [" + name + "]",
                "(0010,0020) LO [" + id + "]",
                "(0010,0021) LO [HOSP]",
                "(0010,0030) DA [" + birth + "]",
                "(0010,0040) CS [" + sex + "]",
                "(0020,000d) UI [" + study + "]",
                "(0032,1060) LO [" + description + "]",
                "(0032,1064) SQ (Sequence with undefined length)",
                "  (fffe,e000) na (Item with undefined length)",
                "    (0008,0100) SH [P-" + modality + "]",
                "    (0008,0102) SH [99LOCAL]",
                "    (0008,0104) LO [" + description + "]",
                "  (fffe,e00d) na (ItemDelimitationItem)",
                "(fffe,e0dd) na (SequenceDelimitationItem)",
                "(0040,0100) SQ (Sequence with undefined length)",
                "  (fffe,e000) na (Item with undefined length)",
                "    (0008,0060) CS [" + modality + "]",
                "    (0040,0001) AE [" + station + "]",
                "    (0040,0002) DA [20240110]",
                "    (0040,0003) TM [083000]",
                "    (0040,0006) PN [Tech^Tom]",
                "    (0040,0007) LO [" + description + " step]",
                "    (0040,0009) SH [" + spsId + "]",
                "    (0040,0010) SH [" + station + "ROOM]",
                "    (0040,0020) CS [SCHEDULED]",
                "  (fffe,e00d) na (ItemDelimitationItem)",
                "(fffe,e0dd) na (SequenceDelimitationItem)",
                "(0040,1001) SH [" + rpId + "]",
                "");
        Path text = tmp.resolve(out.getFileName() + ".dump");
        Files.writeString(text, dump);
        ProcessRunner.run(tmp, List.of(dump2dcm.toString(), text.toString(), out.toString())).check();
    }

    @Test
    void queryByModalityReturnsTheStepWithEverythingAModalityNeeds() {
        try (ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("CT01"))) {
            WorklistResult result = modality.queryWorklist(target, WorklistQuery.forModality("CT"));
            assertThat(result.succeeded()).as(result.summary() + "\n" + result.traces()).isTrue();
            assertThat(result.items()).singleElement().satisfies(item -> {
                assertThat(item.patient().name()).isEqualTo("Worklist^Wanda");
                assertThat(item.patient().id()).isEqualTo("WL1001");
                assertThat(item.patient().birthDate()).isEqualTo("19700101");
                assertThat(item.patient().sex()).isEqualTo("F");
                assertThat(item.studyInstanceUid()).isEqualTo(STUDY_CT);
                assertThat(item.accessionNumber()).isEqualTo("ACC-CT-1");
                assertThat(item.requestedProcedureId()).isEqualTo("RP-CT-1");
                assertThat(item.requestedProcedureDescription()).isEqualTo("CT head plain");
                assertThat(item.requestedProcedureCode().value()).isEqualTo("P-CT");
                assertThat(item.scheduledProcedureStepId()).isEqualTo("SPS-CT-1");
                assertThat(item.scheduledStationAeTitle()).isEqualTo("CT01");
                assertThat(item.scheduledStartDate()).isEqualTo("20240110");
                assertThat(item.referringPhysician()).isEqualTo("Ref^Rita");
            });
            assertThat(result.association().traceText()).contains("C-FIND-RQ").contains("C-FIND-RSP");
            Procedure p = Procedure.scheduled(result.items().get(0), "CT");
            assertThat(p.isScheduled()).isTrue();
            assertThat(p.studyInstanceUid()).isEqualTo(STUDY_CT);
        }
    }

    @Test
    void queryByStationAeTitleAndByPatient() {
        try (ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("MR01"))) {
            WorklistResult byStation = modality.queryWorklist(target, WorklistQuery.all().withStationAeTitle("MR01"));
            assertThat(byStation.succeeded()).as(byStation.summary()).isTrue();
            assertThat(byStation.items()).extracting(WorklistItem::accessionNumber).containsExactly("ACC-MR-1");
            WorklistResult byPatient = modality.queryWorklist(target, WorklistQuery.all().withPatientId("WL1001"));
            assertThat(byPatient.items()).extracting(i -> i.attributes().getString(Tags.PatientID))
                    .containsExactly("WL1001");
            WorklistResult everything = modality.queryWorklist(target, WorklistQuery.all());
            assertThat(everything.items()).hasSize(2);
            WorklistResult none = modality.queryWorklist(target, WorklistQuery.forModality("US"));
            assertThat(none.succeeded()).isTrue();
            assertThat(none.items()).isEmpty();
        }
    }

    @Test
    void aWrongCalledAeTitleIsAFailedResultWithTheRejection() {
        try (ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("CT01"))) {
            WorklistResult result = modality.queryWorklist(target.withAeTitle("NOSUCHAE"), WorklistQuery.all());
            assertThat(result.succeeded()).isFalse();
            assertThat(result.summary()).contains("rejected");
        }
    }
}
