package org.dicomharness.simulators.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.simulators.Patient;
import org.dicomharness.simulators.Target;
import org.dicomharness.simulators.modality.Acquisition;
import org.dicomharness.simulators.modality.AcquisitionSpec;
import org.dicomharness.simulators.modality.ModalityConfig;
import org.dicomharness.simulators.modality.ModalitySimulator;
import org.dicomharness.simulators.modality.Procedure;
import org.dicomharness.simulators.modality.SendOptions;
import org.dicomharness.simulators.modality.SendReport;
import org.dicomharness.simulators.modality.Sendable;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modality stores a study in DCMTK dcmqrscp (bit-preserving, {@code +B}; native syntaxes, since dcmqrscp has no
 * codecs to send compressed objects back), the viewer finds it at every level of both models, retrieves it by C-MOVE
 * and C-GET, and what came back is the data set the modality sent ({@link SameDataSets}: dcmqrscp keeps the bytes
 * it received but rewrites sequence lengths when it sends). An unknown destination is answered A801.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewerDcmqrscpIT {

    private ViewerSimulator viewer;
    private PeerProcess dcmqrscp;
    private Target target;
    private SendReport sent;
    private Procedure procedure;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        Path exe = Peers.require("dcmqrscp", "dcmtk");
        viewer = new ViewerSimulator(ViewerConfig.of("VIEWER", tmp.resolve("viewer")));
        Target self = viewer.startStorage();
        int port = PeerProcess.freePort();
        Path db = Files.createDirectories(tmp.resolve("db"));
        Path cfg = tmp.resolve("dcmqrscp.cfg");
        Files.writeString(cfg, String.join("\n",
                "NetworkTCPPort = " + port, "MaxPDUSize = 16384", "MaxAssociations = 16",
                "HostTable BEGIN", "viewer = (VIEWER, 127.0.0.1, " + self.port() + ")", "HostTable END",
                "VendorTable BEGIN", "VendorTable END",
                "AETable BEGIN", "DCMQRSCP " + db + " RW (1000, 1024mb) ANY", "AETable END", ""));
        dcmqrscp = PeerProcess.start(tmp, "dcmqrscp", List.of(exe.toString(), "+B", "-c", cfg.toString()), Map.of(),
                port, Duration.ofSeconds(20));
        target = new Target("DCMQRSCP", "127.0.0.1", port);
        procedure = Procedure.unscheduled(new Patient("Query^Quentin", "QR1", "", "19601010", "M"), "CT");
        List<Sendable> objects = Acquisition.acquire(procedure, null, new AcquisitionSpec(List.of(ObjectKind.CT),
                2, 2, OutputSyntax.EXPLICIT, 31), 0, tmp.resolve("acq"));
        // The generated files have defined sequence lengths, as dcmqrscp writes them: they must come back
        // bit-identical. The second series gets undefined lengths, which dcmqrscp rewrites: the same content comes back.
        SameDataSets.rewriteWithUndefinedLengths(objects.subList(2, 4));
        try (ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("MODCT"))) {
            sent = modality.send(target, objects, SendOptions.defaults());
        }
        assertThat(sent.succeeded()).as(sent.summary() + "\n" + sent.traces()).isTrue();
    }

    @AfterAll
    void stop() {
        if (dcmqrscp != null) {
            dcmqrscp.close();
        }
        if (viewer != null) {
            viewer.close();
        }
    }

    @Test
    void findAtEveryLevelOfBothModels() {
        String study = procedure.studyInstanceUid();
        String series = sent.objects().get(0).seriesInstanceUid();
        assertThat(viewer.find(target, Query.of(QueryModel.PATIENT_ROOT, QueryLevel.PATIENT).match(Tags.PatientID, "QR1")
                .returnKeys(Tags.PatientName)).values(Tags.PatientName)).containsExactly("Query^Quentin");
        for (QueryModel model : QueryModel.values()) {
            QueryResult studies = viewer.find(target, Query.of(model, QueryLevel.STUDY).match(Tags.PatientID, "QR1"));
            assertThat(studies.succeeded()).as(studies.summary()).isTrue();
            assertThat(studies.values(Tags.StudyInstanceUID)).containsExactly(study);
            assertThat(viewer.find(target, Query.of(model, QueryLevel.SERIES).match(Tags.PatientID, "QR1")
                    .match(Tags.StudyInstanceUID, study)).matches()).hasSize(2);
            assertThat(viewer.find(target, Query.of(model, QueryLevel.IMAGE).match(Tags.PatientID, "QR1")
                    .match(Tags.StudyInstanceUID, study).match(Tags.SeriesInstanceUID, series)).values(Tags.SOPInstanceUID))
                    .containsExactlyInAnyOrderElementsOf(sent.objects().stream()
                            .filter(o -> o.seriesInstanceUid().equals(series)).map(o -> o.sopInstanceUid()).toList());
        }
    }

    @Test
    void moveReturnsTheDataSetsTheModalitySent() throws Exception {
        RetrieveReport moved = viewer.move(target, Query.studies().match(Tags.StudyInstanceUID,
                procedure.studyInstanceUid()));
        assertThat(moved.succeeded()).as(moved.summary() + "\n" + moved.traces()).isTrue();
        assertThat(moved.received()).hasSize(4);
        assertThat(moved.associations()).hasSizeGreaterThanOrEqualTo(2);
        SameDataSets.assertSame(sent.objects(), viewer.verify(sent, moved));
        // Bit-exact mode holds against dcmqrscp the two sent with undefined lengths, which it re-encoded, and only those.
        VerificationReport strict = viewer.verify(sent, moved, VerifyOptions.bitExact());
        assertThat(strict.count(InstanceVerdict.Verdict.IDENTICAL)).isEqualTo(2);
        assertThat(strict.failures()).hasSize(2).allSatisfy(f -> assertThat(f.verdict())
                .isEqualTo(InstanceVerdict.Verdict.SAME_CONTENT));
        assertThat(strict.failures()).extracting(InstanceVerdict::sopInstanceUid).containsExactlyInAnyOrderElementsOf(
                sent.objects().subList(2, 4).stream().map(o -> o.sopInstanceUid()).toList());
    }

    @Test
    void getOfOneSeriesReturnsItsDataSets() throws Exception {
        String series = sent.objects().get(0).seriesInstanceUid();
        RetrieveReport got = viewer.get(target, Query.of(QueryModel.PATIENT_ROOT, QueryLevel.SERIES)
                .match(Tags.PatientID, "QR1").match(Tags.StudyInstanceUID, procedure.studyInstanceUid())
                .match(Tags.SeriesInstanceUID, series), RetrieveOptions.of(List.of(Uids.CTImageStorage),
                List.of(Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian)));
        assertThat(got.succeeded()).as(got.summary() + "\n" + got.traces()).isTrue();
        assertThat(got.received()).hasSize(2);
        var ofSeries = sent.objects().stream().filter(o -> o.seriesInstanceUid().equals(series)).toList();
        SameDataSets.assertSame(ofSeries, viewer.verify(ofSeries.stream().map(ExpectedObject::of).toList(), got,
                VerifyOptions.dataSet()));
    }

    @Test
    void verificationAgainstTheFilesTheModalityWrote() throws Exception {
        RetrieveReport moved = viewer.move(target, Query.studies().match(Tags.StudyInstanceUID,
                procedure.studyInstanceUid()));
        Path acquired = ((org.dicomharness.simulators.modality.Sendable.FileObject) sent.objects().get(0).source())
                .path().getParent().getParent();
        SameDataSets.assertSame(sent.objects(), viewer.verify(ExpectedObject.fromDirectory(acquired), moved,
                VerifyOptions.dataSet()));
    }

    @Test
    void unknownDestinationIsA801() throws Exception {
        RetrieveReport moved = viewer.move(target, Query.studies().match(Tags.StudyInstanceUID,
                procedure.studyInstanceUid()), "NOBODY");
        assertThat(moved.destinationUnknown()).as(moved.summary()).isTrue();
        assertThat(moved.failure()).contains("A801");
    }
}
