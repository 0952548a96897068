package org.dicomharness.pacs.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.ArchiveFixture;
import org.dicomharness.pacs.commitment.CommitmentReport;
import org.dicomharness.pacs.index.InstanceState;
import org.dicomharness.pacs.index.PatientKey;
import org.dicomharness.pacs.index.StoredInstance;
import org.dicomharness.pacs.query.Identifiers;
import org.dicomharness.pacs.query.InformationModel;
import org.dicomharness.pacs.query.QueryLevel;
import org.dicomharness.pacs.query.QueryService;
import org.dicomharness.pacs.store.StoreOutcome;
import org.dicomharness.pacs.worklist.Code;
import org.dicomharness.pacs.worklist.ScheduledStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconciliationTest {

    @TempDir
    Path dir;

    private Archive archive;

    @BeforeEach
    void open() throws IOException {
        archive = ArchiveFixture.open(dir);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private void store(String sop, String patientId, String study) throws IOException {
        Dataset ds = ArchiveFixture.secondaryCapture(sop, patientId, study, "s");
        ds.setString(Tags.AccessionNumber, VR.SH, "ACC-" + study.substring(study.length() - 1));
        assertThat(ArchiveFixture.store(archive, ds, "MOD").status()).isZero();
    }

    private Dataset stored(String sop) throws IOException {
        StoredInstance row = archive.index().current(sop).orElseThrow();
        return Part10Reader.read(archive.store().resolve(row.filePath())).dataset();
    }

    @Test
    void afterAMergeRetrievedObjectsCarryTheSurvivingPatientAndLateArrivalsAreFiledThere() throws IOException {
        store("1.2.1.1", "OLD", "1.2.1");
        store("1.2.2.1", "NEW", "1.2.2");
        archive.patients().merge(new PatientKey("OLD", ""),
                new PatientDemographics(new PatientKey("NEW", ""), "Survivor^Sam", "19700101", "M"), "M1");

        StoredInstance oldRow = archive.index().current("1.2.1.1").orElseThrow();
        Dataset onDisk = stored("1.2.1.1");
        assertThat(onDisk.getString(Tags.PatientID)).as("the file keeps what the modality sent").isEqualTo("OLD");
        Dataset sent = archive.retrieveCoercion().apply(oldRow, onDisk);
        assertThat(sent.getString(Tags.PatientID)).isEqualTo("NEW");
        assertThat(sent.getString(Tags.PatientName)).isEqualTo("Survivor^Sam");
        Dataset original = sent.getSequence(Tags.OriginalAttributesSequence).get(0);
        assertThat(original.getString(Tags.ReasonForTheAttributeModification)).isEqualTo("CORRECT");
        assertThat(original.getSequence(Tags.ModifiedAttributesSequence).get(0).getString(Tags.PatientID))
                .isEqualTo("OLD");

        StoreOutcome late = ArchiveFixture.store(archive, ArchiveFixture.secondaryCapture("1.2.1.2", "OLD", "1.2.1",
                "late"), "MOD");
        assertThat(late.status()).as(late.errorComment()).isEqualTo(StoreOutcome.WARNING_COERCION);
        assertThat(late.errorComment()).contains("'OLD' was merged into 'NEW'");
        assertThat(archive.index().current("1.2.1.2").orElseThrow().patientId()).isEqualTo("NEW");
        assertThat(archive.index().current("1.2.1.2").orElseThrow().state()).isEqualTo(InstanceState.ACTIVE);
    }

    @Test
    void unchangedObjectsAreSentAsStored() throws IOException {
        store("1.2.3.1", "SAME", "1.2.3");
        Dataset onDisk = stored("1.2.3.1");
        assertThat(archive.retrieveCoercion().apply(archive.index().current("1.2.3.1").orElseThrow(), onDisk))
                .isSameAs(onDisk);
    }

    @Test
    void anOrderChangeOfTheAccessionNumberReachesRetrievedObjects() throws IOException {
        store("1.2.4.1", "PA", "1.2.4");
        PatientDemographics patient = new PatientDemographics(new PatientKey("PA", ""), "Test^Patient", null, null);
        archive.orders().schedule(patient, step("ACC-4"), "TEST");
        archive.orders().update(patient, step("ACC-NEW"), "TEST");
        Dataset sent = archive.retrieveCoercion().apply(archive.index().current("1.2.4.1").orElseThrow(),
                stored("1.2.4.1"));
        assertThat(sent.getString(Tags.AccessionNumber)).isEqualTo("ACC-NEW");
        assertThat(sent.getSequence(Tags.OriginalAttributesSequence).get(0)
                .getSequence(Tags.ModifiedAttributesSequence).get(0).getString(Tags.AccessionNumber)).isEqualTo("ACC-4");
    }

    @Test
    void rejectionNoteHidesTheInstancesFromQueryRetrieveAndCommitmentWithoutDeletingThem() throws IOException {
        store("1.2.5.1", "PR", "1.2.5");
        store("1.2.5.2", "PR", "1.2.5");
        store("1.2.5.3", "PR", "1.2.5");
        Dataset note = rejectionNote("PR", "1.2.5.9", "1.2.5", "113001", "1.2.5.1", "1.2.5.2", "1.2.5.4");
        assertThat(ArchiveFixture.store(archive, note, "QC").status()).isZero();

        assertThat(imageFind("1.2.5")).containsExactlyInAnyOrder("1.2.5.3", "1.2.5.9");
        Dataset id = Identifiers.of(QueryLevel.STUDY, Map.of("StudyInstanceUID", "1.2.5"));
        assertThat(archive.queries().retrieve(InformationModel.STUDY_ROOT, id))
                .extracting(StoredInstance::sopInstanceUid).containsExactlyInAnyOrder("1.2.5.3", "1.2.5.9");
        assertThat(archive.index().all()).filteredOn(r -> r.state() == InstanceState.REJECTED)
                .extracting(StoredInstance::sopInstanceUid).containsExactlyInAnyOrder("1.2.5.1", "1.2.5.2");
        assertThat(archive.store().resolve(archive.index().all().get(0).filePath())).exists();

        StoreOutcome late = ArchiveFixture.store(archive, ArchiveFixture.secondaryCapture("1.2.5.4", "PR", "1.2.5", "s"),
                "MOD");
        assertThat(late.status()).isZero();
        assertThat(archive.index().current("1.2.5.4").orElseThrow().state()).isEqualTo(InstanceState.REJECTED);
        assertThat(imageFind("1.2.5")).containsExactlyInAnyOrder("1.2.5.3", "1.2.5.9");

        Dataset action = new Dataset();
        action.setString(Tags.TransactionUID, VR.UI, "2.25.77");
        Sequence refs = action.newSequence(Tags.ReferencedSOPSequence);
        for (String sop : List.of("1.2.5.1", "1.2.5.3")) {
            Dataset r = refs.addItem();
            r.setString(Tags.ReferencedSOPClassUID, VR.UI, Uids.SecondaryCaptureImageStorage);
            r.setString(Tags.ReferencedSOPInstanceUID, VR.UI, sop);
        }
        CommitmentReport report = archive.commitment().request(Uids.StorageCommitmentPushModelInstance, 1, action,
                "MOD").report();
        assertThat(report.committed()).extracting(CommitmentRequestRef::of).containsExactly("1.2.5.3");
        assertThat(report.failed()).singleElement().satisfies(f -> {
            assertThat(f.reference().sopInstanceUid()).isEqualTo("1.2.5.1");
            assertThat(f.reason()).isEqualTo(CommitmentReport.NO_SUCH_OBJECT_INSTANCE);
        });
    }

    @Test
    void aKeyObjectSelectionWithAnotherTitleRejectsNothing() throws IOException {
        store("1.2.6.1", "PK", "1.2.6");
        // (113000, DCM, "Of Interest") is a CID 7010 title that does not reject.
        assertThat(ArchiveFixture.store(archive, rejectionNote("PK", "1.2.6.9", "1.2.6", "113000", "1.2.6.1"), "QC")
                .status()).isZero();
        assertThat(imageFind("1.2.6")).containsExactlyInAnyOrder("1.2.6.1", "1.2.6.9");
    }

    /** Reads a reference's instance UID (a method reference target for AssertJ). */
    private static final class CommitmentRequestRef {
        static String of(org.dicomharness.pacs.commitment.CommitmentRequest.Reference r) {
            return r.sopInstanceUid();
        }
    }

    private List<String> imageFind(String study) {
        QueryService.Query q = archive.queries().prepare(InformationModel.STUDY_ROOT, Identifiers.of(QueryLevel.IMAGE,
                Map.of("StudyInstanceUID", study, "SeriesInstanceUID", study + ".1", "SOPInstanceUID", "")));
        List<String> out = new ArrayList<>();
        archive.queries().find(q, () -> false, r -> out.add(r.getString(Tags.SOPInstanceUID)));
        QueryService.Query notes = archive.queries().prepare(InformationModel.STUDY_ROOT, Identifiers.of(
                QueryLevel.IMAGE, Map.of("StudyInstanceUID", study, "SeriesInstanceUID", study + ".9",
                        "SOPInstanceUID", "")));
        archive.queries().find(notes, () -> false, r -> out.add(r.getString(Tags.SOPInstanceUID)));
        return out;
    }

    private static ScheduledStep step(String accession) {
        return new ScheduledStep("ORD-R", null, "ORD-R", accession, "RP", "desc", new Code("C", "99LOCAL", "c"),
                "1.2.4", "SPS-R", "step", null, "OT", "MOD", null, "20240101", "0800", null, null, null, null);
    }

    /** An IOCM rejection note: KOS with Document Title (code, DCM) referencing instances of series study.1. */
    private static Dataset rejectionNote(String patientId, String sop, String study, String code, String... rejected) {
        Dataset ds = new Dataset();
        ds.setString(Tags.SOPClassUID, VR.UI, Uids.KeyObjectSelectionDocumentStorage);
        ds.setString(Tags.SOPInstanceUID, VR.UI, sop);
        ds.setString(Tags.StudyInstanceUID, VR.UI, study);
        ds.setString(Tags.SeriesInstanceUID, VR.UI, study + ".9");
        ds.setString(Tags.Modality, VR.CS, "KO");
        ds.setString(Tags.PatientID, VR.LO, patientId);
        ds.setString(Tags.PatientName, VR.PN, "Test^Patient");
        Dataset title = ds.newSequence(Tags.ConceptNameCodeSequence).addItem();
        title.setString(Tags.CodeValue, VR.SH, code);
        title.setString(Tags.CodingSchemeDesignator, VR.SH, "DCM");
        title.setString(Tags.CodeMeaning, VR.LO, RejectionNotes.REJECTION_TITLES.getOrDefault(code, "Of Interest"));
        Dataset studyItem = ds.newSequence(Tags.CurrentRequestedProcedureEvidenceSequence).addItem();
        studyItem.setString(Tags.StudyInstanceUID, VR.UI, study);
        Dataset series = studyItem.newSequence(Tags.ReferencedSeriesSequence).addItem();
        series.setString(Tags.SeriesInstanceUID, VR.UI, study + ".1");
        Sequence refs = series.newSequence(Tags.ReferencedSOPSequence);
        for (String r : rejected) {
            Dataset item = refs.addItem();
            item.setString(Tags.ReferencedSOPClassUID, VR.UI, Uids.SecondaryCaptureImageStorage);
            item.setString(Tags.ReferencedSOPInstanceUID, VR.UI, r);
        }
        return ds;
    }
}
