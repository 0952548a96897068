package org.dicomharness.simulators.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.testing.TestScp;
import org.dicomharness.simulators.Patient;
import org.dicomharness.simulators.Target;
import org.dicomharness.simulators.modality.Acquisition;
import org.dicomharness.simulators.modality.AcquisitionSpec;
import org.dicomharness.simulators.modality.ModalityConfig;
import org.dicomharness.simulators.modality.ModalitySimulator;
import org.dicomharness.simulators.modality.Procedure;
import org.dicomharness.simulators.modality.SendOptions;
import org.dicomharness.simulators.modality.SendReport;
import org.dicomharness.testdata.ObjectKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The viewer against our own Q/R test SCP on loopback: find, move to its own SCP, get, verification, A801. */
class ViewerRetrieveTest {

    @TempDir
    Path tmp;

    @Test
    void movesAndGetsWhatTheModalitySentBitForBit() throws Exception {
        try (ViewerSimulator viewer = new ViewerSimulator(ViewerConfig.of("VIEWER", tmp.resolve("viewer")))) {
            Target self = viewer.startStorage();
            try (TestScp scp = TestScp.builder(tmp.resolve("scp")).aeTitle("QR")
                    .destination("VIEWER", self.host(), self.port()).start();
                 ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("MOD"))) {
                Target qr = new Target("QR", "127.0.0.1", scp.port());
                Procedure p = Procedure.unscheduled(new Patient("View^Vera", "VIEW1", "", "19800101", "F"), "CT");
                SendReport sent = modality.send(qr, Acquisition.acquire(p, null, AcquisitionSpec.of(ObjectKind.CT, 3),
                        0, tmp.resolve("acq")), SendOptions.defaults());
                assertThat(sent.succeeded()).as(sent.summary()).isTrue();

                QueryResult studies = viewer.find(qr, Query.studies().match(Tags.PatientID, "VIEW1")
                        .returnKeys(Tags.PatientName));
                assertThat(studies.succeeded()).as(studies.summary()).isTrue();
                assertThat(studies.values(Tags.StudyInstanceUID)).containsExactly(p.studyInstanceUid());
                QueryResult images = viewer.find(qr, Query.of(QueryModel.PATIENT_ROOT, QueryLevel.IMAGE)
                        .match(Tags.PatientID, "VIEW1").match(Tags.StudyInstanceUID, p.studyInstanceUid()));
                assertThat(images.matches()).hasSize(3);

                Query study = Query.studies().match(Tags.StudyInstanceUID, p.studyInstanceUid());
                RetrieveReport moved = viewer.move(qr, study);
                assertThat(moved.succeeded()).as(moved.summary() + "\n" + moved.traces()).isTrue();
                assertThat(moved.received()).hasSize(3);
                assertThat(moved.finalCounts().completed()).isEqualTo(3);
                VerificationReport v = viewer.verify(sent, moved);
                assertThat(v.succeeded()).as(v.summary()).isTrue();
                assertThat(v.count(InstanceVerdict.Verdict.IDENTICAL)).isEqualTo(3);

                RetrieveReport got = viewer.get(qr, study, RetrieveOptions.of(List.of(Uids.CTImageStorage),
                        RetrieveOptions.ALL_SYNTAXES));
                assertThat(got.succeeded()).as(got.summary()).isTrue();
                assertThat(viewer.verify(sent, got).succeeded()).isTrue();
                assertThat(got.received()).allSatisfy(r -> assertThat(r.file()).exists());
                assertThat(viewer.unsolicited()).isEmpty();
            }
        }
    }

    @Test
    void unknownMoveDestinationIsReportedAsA801WithTheFix() throws Exception {
        try (ViewerSimulator viewer = new ViewerSimulator(ViewerConfig.of("VIEWER", tmp.resolve("viewer")));
             TestScp scp = TestScp.builder(tmp.resolve("scp")).aeTitle("QR").start()) {
            RetrieveReport moved = viewer.move(new Target("QR", "127.0.0.1", scp.port()),
                    Query.studies().match(Tags.StudyInstanceUID, "1.2.3"));
            assertThat(moved.succeeded()).isFalse();
            assertThat(moved.destinationUnknown()).isTrue();
            assertThat(moved.failure()).contains("A801").contains("configure VIEWER at 127.0.0.1:");
        }
    }

    @Test
    void studyRootHasNoPatientLevel() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Query.of(QueryModel.STUDY_ROOT, QueryLevel.PATIENT))
                .hasMessageContaining("STUDY_ROOT has no PATIENT level");
    }
}
