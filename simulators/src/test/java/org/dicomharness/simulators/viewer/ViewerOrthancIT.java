package org.dicomharness.simulators.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.testing.OrthancPeer;
import org.dicomharness.simulators.Patient;
import org.dicomharness.simulators.Target;
import org.dicomharness.simulators.modality.Acquisition;
import org.dicomharness.simulators.modality.AcquisitionSpec;
import org.dicomharness.simulators.modality.CommitmentOptions;
import org.dicomharness.simulators.modality.CommitmentResult;
import org.dicomharness.simulators.modality.ModalityConfig;
import org.dicomharness.simulators.modality.ModalitySimulator;
import org.dicomharness.simulators.modality.Procedure;
import org.dicomharness.simulators.modality.SendOptions;
import org.dicomharness.simulators.modality.SendReport;
import org.dicomharness.simulators.modality.Sendable;
import org.dicomharness.simulators.modality.SopReference;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modality stores a study in Orthanc (native and JPEG 2000 series), the viewer finds it at every level of both
 * models, retrieves it by C-MOVE to its own SCP and by C-GET, and what came back is the data set the modality sent
 * (SHA-256 of the bytes, or of the canonical encoding where Orthanc rewrote sequence lengths: {@link SameDataSets}). Orthanc is also the modality's Storage Commitment SCP: its report comes on a new
 * association to the modality's own SCP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewerOrthancIT {

    private ViewerSimulator viewer;
    private ModalitySimulator modality;
    private OrthancPeer orthanc;
    private Target target;
    private SendReport sent;
    private Procedure procedure;
    private Path tmp;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        tmp = dir;
        viewer = new ViewerSimulator(ViewerConfig.of("VIEWER", dir.resolve("viewer")));
        Target viewerAe = viewer.startStorage();
        modality = new ModalitySimulator(ModalityConfig.of("MODCT"));
        Target modalityAe = modality.startListener();
        orthanc = OrthancPeer.start(dir.resolve("orthanc"), "ORTHANC", Map.of(
                "viewer", Map.entry(viewerAe.aeTitle(), viewerAe.port()),
                "modality", Map.entry(modalityAe.aeTitle(), modalityAe.port())));
        target = new Target("ORTHANC", "127.0.0.1", orthanc.dicomPort());
        procedure = Procedure.unscheduled(new Patient("Orthanc^Olga", "ORTH1", "", "19820202", "F"), "CT");
        List<Sendable> objects = new ArrayList<>(Acquisition.acquire(procedure, null, new AcquisitionSpec(
                List.of(ObjectKind.CT), 2, 2, OutputSyntax.EXPLICIT, 21), 0, dir.resolve("native")));
        // The generated files have defined sequence lengths, as Orthanc writes them: they must come back
        // bit-identical. The second CT series gets undefined lengths, which Orthanc rewrites: the same content comes back.
        SameDataSets.rewriteWithUndefinedLengths(objects.subList(2, 4));
        // A JPEG 2000 series of the same study, so that a compressed object makes the round trip too.
        objects.addAll(Acquisition.acquire(procedure, null, new AcquisitionSpec(List.of(ObjectKind.MR), 1, 2,
                OutputSyntax.JPEG2000, 22), 1, dir.resolve("j2k")));
        sent = modality.send(target, objects, SendOptions.defaults());
        assertThat(sent.succeeded()).as(sent.summary() + "\n" + sent.traces()).isTrue();
    }

    @AfterAll
    void stop() {
        if (orthanc != null) {
            orthanc.close();
        }
        if (modality != null) {
            modality.close();
        }
        if (viewer != null) {
            viewer.close();
        }
    }

    @Test
    void findAtEveryLevelOfBothModels() {
        String study = procedure.studyInstanceUid();
        QueryResult patients = viewer.find(target, Query.of(QueryModel.PATIENT_ROOT, QueryLevel.PATIENT)
                .match(Tags.PatientID, "ORTH1").returnKeys(Tags.PatientName));
        assertThat(patients.succeeded()).as(patients.summary()).isTrue();
        assertThat(patients.values(Tags.PatientName)).containsExactly("Orthanc^Olga");
        for (QueryModel model : QueryModel.values()) {
            Query base = Query.of(model, QueryLevel.STUDY).match(Tags.PatientID, "ORTH1");
            QueryResult studies = viewer.find(target, base.returnKeys(Tags.StudyDate));
            assertThat(studies.values(Tags.StudyInstanceUID)).as(model.name()).containsExactly(study);
            QueryResult series = viewer.find(target, Query.of(model, QueryLevel.SERIES).match(Tags.PatientID, "ORTH1")
                    .match(Tags.StudyInstanceUID, study).returnKeys(Tags.Modality));
            assertThat(series.values(Tags.Modality)).as(model.name()).containsExactlyInAnyOrder("CT", "CT", "MR");
            QueryResult images = viewer.find(target, Query.of(model, QueryLevel.IMAGE).match(Tags.PatientID, "ORTH1")
                    .match(Tags.StudyInstanceUID, study).match(Tags.SeriesInstanceUID, sent.objects().get(0)
                            .seriesInstanceUid()));
            assertThat(images.succeeded()).as(images.summary()).isTrue();
            assertThat(images.matches()).as(model.name()).hasSize(2);
        }
    }

    @Test
    void moveToTheViewerReturnsTheDataSetsTheModalitySent() throws Exception {
        RetrieveReport moved = viewer.move(target, Query.studies().match(Tags.StudyInstanceUID,
                procedure.studyInstanceUid()));
        assertThat(moved.succeeded()).as(moved.summary() + "\n" + moved.traces()).isTrue();
        assertThat(moved.received()).hasSize(6);
        assertThat(moved.received()).filteredOn(r -> r.transferSyntaxUid().equals(Uids.JPEG2000Lossless)).hasSize(2);
        SameDataSets.assertSame(sent.objects(), viewer.verify(sent, moved));
    }

    @Test
    void getReturnsTheDataSetsTheModalitySent() throws Exception {
        RetrieveReport got = viewer.get(target, Query.of(QueryModel.PATIENT_ROOT, QueryLevel.STUDY)
                .match(Tags.PatientID, "ORTH1").match(Tags.StudyInstanceUID, procedure.studyInstanceUid()),
                RetrieveOptions.of(List.of(Uids.CTImageStorage, Uids.MRImageStorage), RetrieveOptions.ALL_SYNTAXES));
        assertThat(got.succeeded()).as(got.summary() + "\n" + got.traces()).isTrue();
        assertThat(got.finalCounts().completed()).isEqualTo(6);
        SameDataSets.assertSame(sent.objects(), viewer.verify(sent, got));
    }

    /**
     * PS3.4 C.4.2.1.4 says A801 (Refused: Move Destination unknown); Orthanc 1.10.1 answers a C000 failure instead.
     * The report names the status Orthanc gave and what to check.
     */
    @Test
    void moveToADestinationOrthancDoesNotKnowFailsAndTheReportSaysWhatToCheck() throws Exception {
        RetrieveReport moved = viewer.move(target, Query.studies().match(Tags.StudyInstanceUID,
                procedure.studyInstanceUid()), "NOBODY");
        assertThat(moved.succeeded()).isFalse();
        assertThat(moved.outcome().category()).isEqualTo(org.dicomharness.dicom.net.dimse.StatusCategory.FAILURE);
        assertThat(moved.received()).isEmpty();
        assertThat(moved.failure()).contains("should answer A801").contains("NOBODY");
    }

    @Test
    void storageCommitmentReportComesOnANewAssociation() {
        CommitmentResult result = modality.requestCommitment(target, sent, CommitmentOptions.defaults());
        assertThat(result.succeeded()).as(result.summary() + "\n" + result.traces()).isTrue();
        assertThat(result.committed()).hasSize(6);
        assertThat(result.delivery()).isEqualTo(CommitmentResult.Delivery.NEW_ASSOCIATION);
        assertThat(result.associations()).hasSize(2);
        assertThat(result.associations().get(1).traceText()).contains("N-EVENT-REPORT-RQ");
    }

    @Test
    void storageCommitmentOfAnUnknownInstanceFails() {
        CommitmentResult result = modality.requestCommitment(target, List.of(new SopReference(Uids.CTImageStorage,
                "2.25.999999999999999999999999")), CommitmentOptions.defaults());
        assertThat(result.succeeded()).isFalse();
        assertThat(result.eventTypeId()).as(result.summary()).isEqualTo(2);
        assertThat(result.failed()).singleElement().satisfies(f ->
                assertThat(f.reference().sopInstanceUid()).isEqualTo("2.25.999999999999999999999999"));
    }
}
