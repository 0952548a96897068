package org.dicomharness.pacs.interop.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dicomharness.dicom.Uid;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseResult;
import org.dicomharness.dicom.net.dimse.NCreateRsp;
import org.dicomharness.dicom.net.dimse.NSetRsp;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.testing.TestImages;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.mpps.MppsServiceTest;
import org.dicomharness.pacs.net.ReferencePacs;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.dicomharness.pacs.worklist.WorklistCorpus;
import org.dicomharness.pacs.worklist.WorklistStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MPPS SCP over a real association (PS3.4 F.7). No Debian package ships an MPPS client (DCMTK has none), so our
 * own DIMSE client drives it, and the test checks what went over the wire, as the association's recorded trace shows
 * it, against PS3.4 F.7.2 and PS3.7: the N-CREATE-RSP status and Affected SOP Instance UID, the N-SET-RSP statuses,
 * 0110 with Error ID A710 for an N-SET after COMPLETED, the Attribute Identifier List of 0120, and the monitoring
 * endpoint that reports the study the MPPS says is incomplete.
 */
class MppsIT {

    private static final String MPPS = Uids.ModalityPerformedProcedureStep;
    private static final String STUDY = "2.25.200000000000000000000000000000000001";

    private ReferencePacs pacs;
    private DimseClient client;

    @BeforeEach
    void start(@TempDir Path dir) throws IOException {
        PacsConfig config = PacsConfig.defaults(dir.resolve("pacs")).toBuilder().port(0).fsync(false)
                .monitoringPort(0).monitoringGrace(Duration.ZERO).build();
        pacs = ReferencePacs.start(config, ArchivalValidator.NONE);
        WorklistCorpus.load(pacs.archive());
        client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", pacs.port(), AssociateRequestBuilder
                .of("CT01", pacs.aeTitle()).context(MPPS, Uids.ExplicitVRLittleEndian)
                .context(Uids.CTImageStorage, Uids.ExplicitVRLittleEndian).build());
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (pacs != null) {
            pacs.close();
        }
    }

    @Test
    void inProgressThenCompletedThenNoMoreChanges() throws IOException {
        String uid = "2.25.400000000000000000000000000000000011";
        DimseResult created = client.nCreate(MPPS, uid, MppsServiceTest.nCreate());
        assertThat(created.status()).isZero();
        assertThat(((NCreateRsp) created.response()).affectedSopInstanceUid()).isEqualTo(uid);
        assertThat(stepStatus("SPS1")).as("the worklist step follows the MPPS").isEqualTo(WorklistStatus.STARTED);

        DimseResult completed = client.nSet(MPPS, uid, MppsServiceTest.completed(1));
        assertThat(completed.status()).isZero();
        assertThat(((NSetRsp) completed.response()).affectedSopInstanceUid()).isEqualTo(uid);
        assertThat(stepStatus("SPS1")).isEqualTo(WorklistStatus.COMPLETED);

        Dataset late = new Dataset();
        late.setString(Tags.PerformedProcedureStepDescription, VR.LO, "changed afterwards");
        DimseResult refused = client.nSet(MPPS, uid, late);
        assertThat(refused.status()).isEqualTo(0x0110);
        assertThat(refused.response().detail().errorId()).as("PS3.4 Table F.7.2-2").isEqualTo(0xA710);
        assertThat(refused.response().detail().errorComment()).as("PS3.4 Table F.7.2-2")
                .isEqualTo("Performed Procedure Step Object may no longer be updated");
        assertThat(pacs.archive().mppsStore().find(uid).orElseThrow().attributes()
                .getString(Tags.PerformedProcedureStepDescription)).as("nothing changed").isNull();

        List<String> wire = DimseEvidence.messages(client.association());
        assertThat(wire).hasSize(6);
        assertThat(wire.get(0)).startsWith("DIMSE -> N-CREATE-RQ msg 1 ").contains("instance " + uid);
        assertThat(wire.get(1)).startsWith("DIMSE <- N-CREATE-RSP to msg 1 status 0000").contains("instance " + uid);
        assertThat(wire.get(2)).startsWith("DIMSE -> N-SET-RQ msg 2 ").contains("instance " + uid);
        assertThat(wire.get(3)).startsWith("DIMSE <- N-SET-RSP to msg 2 status 0000").contains("instance " + uid);
        assertThat(wire.get(4)).startsWith("DIMSE -> N-SET-RQ msg 3 ");
        assertThat(wire.get(5)).startsWith("DIMSE <- N-SET-RSP to msg 3 status 0110").contains("error ID A710")
                .contains("comment 'Performed Procedure Step Object may no longer be updated'");
    }

    @Test
    void theScpAssignsTheUidWhenTheRequestHasNone() throws IOException {
        DimseResult created = client.nCreate(MPPS, null, MppsServiceTest.nCreate());
        assertThat(created.status()).isZero();
        String assigned = ((NCreateRsp) created.response()).affectedSopInstanceUid();
        assertThat(Uid.problem(assigned)).as("PS3.7 10.1.5.1.4: the response names the instance created").isEmpty();
        assertThat(pacs.archive().mppsStore().find(assigned)).isPresent();
        assertThat(DimseEvidence.messages(client.association()).get(1))
                .startsWith("DIMSE <- N-CREATE-RSP to msg 1 status 0000").contains("instance " + assigned);
    }

    @Test
    void refusalsNameTheStatusAndTheAttributes() throws IOException {
        String uid = "2.25.400000000000000000000000000000000012";
        Dataset missing = MppsServiceTest.nCreate();
        missing.remove(Tags.PerformedStationAETitle);
        DimseResult noStation = client.nCreate(MPPS, uid, missing);
        assertThat(noStation.status()).as("Missing attribute").isEqualTo(0x0120);
        assertThat(noStation.response().detail().attributeIdentifierList()).containsExactly(Tags.PerformedStationAETitle);
        assertThat(pacs.archive().mppsStore().find(uid)).as("nothing created").isEmpty();

        assertThat(client.nCreate(MPPS, uid, MppsServiceTest.nCreate()).status()).isZero();
        assertThat(client.nCreate(MPPS, uid, MppsServiceTest.nCreate()).status()).as("Duplicate SOP instance")
                .isEqualTo(0x0111);

        Dataset patientChange = new Dataset();
        patientChange.setString(Tags.PatientName, VR.PN, "Other^Name");
        DimseResult notAllowed = client.nSet(MPPS, uid, patientChange);
        assertThat(notAllowed.status()).as("Invalid attribute value (not allowed in N-SET)").isEqualTo(0x0106);
        assertThat(notAllowed.dataSet()).as("the offending attribute, PS3.7 C.5").isNotNull();
        assertThat(notAllowed.dataSet().getString(Tags.PatientName)).isEqualTo("Other^Name");

        DimseResult unknown = client.nSet(MPPS, "2.25.99999", MppsServiceTest.completed(1));
        assertThat(unknown.status()).as("No such SOP instance").isEqualTo(0x0112);
        assertThat(unknown.response().detail().errorComment()).contains("no MPPS instance 2.25.99999");

        List<String> wire = DimseEvidence.messages(client.association());
        assertThat(wire.get(1)).startsWith("DIMSE <- N-CREATE-RSP to msg 1 status 0120")
                .contains("attributes [" + org.dicomharness.dicom.Tag.format(Tags.PerformedStationAETitle) + "]");
        assertThat(wire.get(5)).startsWith("DIMSE <- N-CREATE-RSP to msg 3 status 0111");
        assertThat(wire.get(7)).startsWith("DIMSE <- N-SET-RSP to msg 4 status 0106");
        assertThat(wire.get(9)).startsWith("DIMSE <- N-SET-RSP to msg 5 status 0112");
        assertThat(pacs.archive().mppsStore().find(uid).orElseThrow().attributes().getString(Tags.PatientName))
                .as("the refused N-SET changed nothing").isEqualTo("Doe^John");
    }

    @Test
    void monitoringReportsTheStudyTheMppsSaysIsIncomplete() throws Exception {
        String uid = "2.25.400000000000000000000000000000000013";
        TestImages.Ids ids = new TestImages.Ids("PAT001", "Doe^John", STUDY, STUDY + ".1", STUDY + ".1.1", 1, 1);
        Dataset image = TestImages.ct(ids, 16, 16);
        image.setString(Tags.IssuerOfPatientID, "HOSP");
        assertThat(client.store(image).status()).isZero();
        assertThat(client.nCreate(MPPS, uid, MppsServiceTest.nCreate()).status()).isZero();
        assertThat(client.nSet(MPPS, uid, MppsServiceTest.completed(3)).status()).isZero();

        HttpClient http = HttpClient.newHttpClient();
        URI endpoint = pacs.monitoringUri().resolve("api/incomplete-by-mpps");
        String json = http.send(HttpRequest.newBuilder(endpoint).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(json).contains("\"studyInstanceUid\" : \"" + STUDY + "\"").contains("\"referenced\" : 3")
                .contains("\"arrived\" : 1");
        String never = http.send(HttpRequest.newBuilder(pacs.monitoringUri().resolve("api/never-performed")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(never).as("the step the MPPS performed is not overdue").contains("\"spsId\" : \"SPS2\"")
                .doesNotContain("\"spsId\" : \"SPS1\"");
        assertThat(client.nSet(MPPS, uid, MppsServiceTest.completed(3)).status()).isEqualTo(0x0110);
        String problems = http.send(HttpRequest.newBuilder(pacs.monitoringUri().resolve("api/workflow-problems"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(problems).contains("MPPS_REFUSED").contains("may no longer be updated");
    }

    private WorklistStatus stepStatus(String spsId) {
        return pacs.archive().worklistStore().all().stream().filter(i -> i.spsId().equals(spsId)).findFirst()
                .orElseThrow().status();
    }
}
