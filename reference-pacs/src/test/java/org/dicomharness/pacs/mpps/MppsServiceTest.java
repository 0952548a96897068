package org.dicomharness.pacs.mpps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.ArchiveFixture;
import org.dicomharness.pacs.index.PacsEvent;
import org.dicomharness.pacs.worklist.WorklistCorpus;
import org.dicomharness.pacs.worklist.WorklistStatus;
import org.dicomharness.pacs.worklist.WorklistStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class MppsServiceTest {

    private static final String UID = "2.25.400000000000000000000000000000000001";
    private static final String STUDY = "2.25.200000000000000000000000000000000001";

    @TempDir
    Path dir;

    private Archive archive;

    @BeforeEach
    void open() throws IOException {
        archive = ArchiveFixture.open(dir);
        WorklistCorpus.load(archive);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    /** An N-CREATE data set for corpus step SPS1 (accession ACC1001, study ...001) with every Type 1 and 2 key. */
    public static Dataset nCreate() {
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        Dataset step = ds.newSequence(Tags.ScheduledStepAttributesSequence).addItem();
        step.setString(Tags.StudyInstanceUID, VR.UI, STUDY);
        step.newSequence(Tags.ReferencedStudySequence);
        step.setString(Tags.AccessionNumber, VR.SH, "ACC1001");
        step.setString(Tags.RequestedProcedureID, VR.SH, "RP1");
        step.setString(Tags.RequestedProcedureDescription, VR.LO, "CT HEAD");
        step.setString(Tags.ScheduledProcedureStepID, VR.SH, "SPS1");
        step.setString(Tags.ScheduledProcedureStepDescription, VR.LO, "CT HEAD step");
        step.newSequence(Tags.ScheduledProtocolCodeSequence);
        ds.setString(Tags.PatientName, VR.PN, "Doe^John");
        ds.setString(Tags.PatientID, VR.LO, "PAT001");
        ds.setString(Tags.PatientBirthDate, VR.DA, "19600101");
        ds.setString(Tags.PatientSex, VR.CS, "M");
        ds.newSequence(Tags.ReferencedPatientSequence);
        ds.setString(Tags.PerformedProcedureStepID, VR.SH, "PPS1");
        ds.setString(Tags.PerformedStationAETitle, VR.AE, "CT01");
        ds.setString(Tags.PerformedStationName, VR.SH, "CT room");
        ds.put(Tags.PerformedLocation, VR.SH, ByteValue.EMPTY);
        ds.setString(Tags.PerformedProcedureStepStartDate, VR.DA, "20240110");
        ds.setString(Tags.PerformedProcedureStepStartTime, VR.TM, "083500");
        ds.setString(Tags.PerformedProcedureStepStatus, VR.CS, "IN PROGRESS");
        ds.put(Tags.PerformedProcedureStepDescription, VR.LO, ByteValue.EMPTY);
        ds.put(Tags.PerformedProcedureTypeDescription, VR.LO, ByteValue.EMPTY);
        ds.newSequence(Tags.ProcedureCodeSequence);
        ds.put(Tags.PerformedProcedureStepEndDate, VR.DA, ByteValue.EMPTY);
        ds.put(Tags.PerformedProcedureStepEndTime, VR.TM, ByteValue.EMPTY);
        ds.setString(Tags.Modality, VR.CS, "CT");
        ds.put(Tags.StudyID, VR.SH, ByteValue.EMPTY);
        ds.newSequence(Tags.PerformedProtocolCodeSequence);
        ds.newSequence(Tags.PerformedSeriesSequence);
        return ds;
    }

    /** An N-SET that completes the step with one series of {@code images} CT images. */
    public static Dataset completed(int images) {
        Dataset ds = new Dataset();
        ds.setString(Tags.PerformedProcedureStepStatus, VR.CS, "COMPLETED");
        ds.setString(Tags.PerformedProcedureStepEndDate, VR.DA, "20240110");
        ds.setString(Tags.PerformedProcedureStepEndTime, VR.TM, "090000");
        Dataset series = ds.newSequence(Tags.PerformedSeriesSequence).addItem();
        series.setString(Tags.SeriesInstanceUID, VR.UI, STUDY + ".1");
        series.setString(Tags.ProtocolName, VR.LO, "HEAD");
        series.put(Tags.PerformingPhysicianName, VR.PN, ByteValue.EMPTY);
        series.put(Tags.OperatorsName, VR.PN, ByteValue.EMPTY);
        series.put(Tags.SeriesDescription, VR.LO, ByteValue.EMPTY);
        series.setString(Tags.RetrieveAETitle, VR.AE, "REFPACS");
        var refs = series.newSequence(Tags.ReferencedImageSequence);
        for (int i = 1; i <= images; i++) {
            Dataset ref = refs.addItem();
            ref.setString(Tags.ReferencedSOPClassUID, VR.UI, Uids.CTImageStorage);
            ref.setString(Tags.ReferencedSOPInstanceUID, VR.UI, STUDY + ".1." + i);
        }
        series.newSequence(Tags.ReferencedNonImageCompositeSOPInstanceSequence);
        return ds;
    }

    @Test
    void createThenCompleteMovesTheWorklistStepAndRecordsTheReferences() {
        MppsResult created = archive.mpps().create(UID, nCreate(), "CT01");
        assertThat(created.status()).as(created.errorComment()).isEqualTo(MppsResult.SUCCESS);
        assertThat(archive.mppsStore().find(UID)).get().extracting(MppsStore.Instance::status).isEqualTo("IN PROGRESS");
        assertThat(step("SPS1").status()).isEqualTo(WorklistStatus.STARTED);
        assertThat(step("SPS1").performedAt()).isNotNull();

        MppsResult done = archive.mpps().set(UID, completed(3), "CT01");
        assertThat(done.status()).as(done.errorComment()).isEqualTo(MppsResult.SUCCESS);
        MppsStore.Instance stored = archive.mppsStore().find(UID).orElseThrow();
        assertThat(stored.status()).isEqualTo("COMPLETED");
        assertThat(stored.finalAt()).isNotNull();
        assertThat(stored.attributes().getString(Tags.PatientID)).as("N-CREATE attributes kept").isEqualTo("PAT001");
        assertThat(step("SPS1").status()).isEqualTo(WorklistStatus.COMPLETED);
        assertThat(worklistSteps()).doesNotContain("SPS1");
        assertThat(archive.mppsStore().incomplete(java.time.Instant.now().plusSeconds(1))).singleElement()
                .satisfies(c -> {
                    assertThat(c.referenced()).isEqualTo(3);
                    assertThat(c.arrived()).isZero();
                });
    }

    @Test
    void scuMayLeaveTheUidToTheScp() {
        MppsResult created = archive.mpps().create(null, nCreate(), "CT01");
        assertThat(created.isSuccess()).isTrue();
        assertThat(created.sopInstanceUid()).startsWith("2.25.");
        assertThat(archive.mppsStore().find(created.sopInstanceUid())).isPresent();
    }

    @Test
    void duplicateCreateIs0111() {
        archive.mpps().create(UID, nCreate(), "CT01");
        MppsResult again = archive.mpps().create(UID, nCreate(), "CT01");
        assertThat(again.status()).isEqualTo(MppsResult.DUPLICATE_SOP_INSTANCE);
        assertThat(again.errorComment()).contains("exists already");
    }

    @Test
    void setOfUnknownInstanceIs0112() {
        MppsResult r = archive.mpps().set("2.25.999", completed(1), "CT01");
        assertThat(r.status()).isEqualTo(MppsResult.NO_SUCH_SOP_INSTANCE);
        assertThat(r.errorComment()).contains("no MPPS instance 2.25.999");
    }

    @Test
    void anyChangeAfterAFinalStateIs0110WithErrorIdA710AndChangesNothing() {
        archive.mpps().create(UID, nCreate(), "CT01");
        assertThat(archive.mpps().set(UID, completed(2), "CT01").isSuccess()).isTrue();
        Dataset before = archive.mppsStore().find(UID).orElseThrow().attributes();
        Dataset change = new Dataset();
        change.setString(Tags.PerformedProcedureStepDescription, VR.LO, "late edit");
        MppsResult r = archive.mpps().set(UID, change, "CT01");
        assertThat(r.status()).isEqualTo(MppsResult.PROCESSING_FAILURE);
        assertThat(r.errorId()).isEqualTo(0xA710);
        assertThat(r.errorComment()).contains("may no longer be updated").contains("COMPLETED");
        assertThat(archive.mppsStore().find(UID).orElseThrow().attributes().getString(
                Tags.PerformedProcedureStepDescription)).isEqualTo(before.getString(Tags.PerformedProcedureStepDescription));
        assertThat(archive.events().recent(5, PacsEvent.Kind.MPPS_REFUSED)).isNotEmpty();
    }

    @Test
    void discontinuedIsFinalToo() {
        archive.mpps().create(UID, nCreate(), "CT01");
        Dataset stop = new Dataset();
        stop.setString(Tags.PerformedProcedureStepStatus, VR.CS, "DISCONTINUED");
        stop.setString(Tags.PerformedProcedureStepEndDate, VR.DA, "20240110");
        stop.setString(Tags.PerformedProcedureStepEndTime, VR.TM, "084000");
        assertThat(archive.mpps().set(UID, stop, "CT01").isSuccess()).isTrue();
        assertThat(step("SPS1").status()).isEqualTo(WorklistStatus.DISCONTINUED);
        assertThat(archive.mpps().set(UID, completed(1), "CT01").errorId()).isEqualTo(0xA710);
    }

    @Test
    void createRulesOfTableF721() {
        Dataset noType1 = nCreate();
        noType1.remove(Tags.PerformedStationAETitle);
        noType1.remove(Tags.StudyID);
        MppsResult r = archive.mpps().create(UID, noType1, "CT01");
        assertThat(r.status()).isEqualTo(MppsResult.MISSING_ATTRIBUTE);
        assertThat(r.attributeIdentifiers()).containsExactly(Tags.StudyID, Tags.PerformedStationAETitle);
        assertThat(r.errorComment()).contains("(0040,0241) PerformedStationAETitle").contains("(0020,0010) StudyID");

        Dataset emptyType1 = nCreate();
        emptyType1.put(Tags.PerformedProcedureStepID, VR.SH, ByteValue.EMPTY);
        r = archive.mpps().create(UID, emptyType1, "CT01");
        assertThat(r.status()).isEqualTo(MppsResult.MISSING_ATTRIBUTE_VALUE);
        assertThat(r.attributeIdentifiers()).containsExactly(Tags.PerformedProcedureStepID);

        Dataset noStudyInStep = nCreate();
        noStudyInStep.getSequence(Tags.ScheduledStepAttributesSequence).get(0).remove(Tags.StudyInstanceUID);
        assertThat(archive.mpps().create(UID, noStudyInStep, "CT01").attributeIdentifiers())
                .containsExactly(Tags.StudyInstanceUID);

        Dataset completedAtCreate = nCreate();
        completedAtCreate.setString(Tags.PerformedProcedureStepStatus, VR.CS, "COMPLETED");
        r = archive.mpps().create(UID, completedAtCreate, "CT01");
        assertThat(r.status()).isEqualTo(MppsResult.INVALID_ATTRIBUTE_VALUE);
        assertThat(r.errorComment()).contains("must create the step IN PROGRESS");

        Dataset badDate = nCreate();
        badDate.setString(Tags.PerformedProcedureStepStartDate, VR.DA, "2024-01-10");
        r = archive.mpps().create(UID, badDate, "CT01");
        assertThat(r.status()).isEqualTo(MppsResult.INVALID_ATTRIBUTE_VALUE);
        assertThat(r.attributeIdentifiers()).containsExactly(Tags.PerformedProcedureStepStartDate);

        Dataset foreign = nCreate();
        foreign.setString(Tags.SeriesDescription, VR.LO, "not an MPPS attribute at the top level");
        r = archive.mpps().create(UID, foreign, "CT01");
        assertThat(r.status()).isEqualTo(MppsResult.NO_SUCH_ATTRIBUTE);
        assertThat(r.attributeIdentifiers()).containsExactly(Tags.SeriesDescription);

        MppsResult badUid = archive.mpps().create("1.2.abc", nCreate(), "CT01");
        assertThat(badUid.status()).isEqualTo(MppsResult.INVALID_SOP_INSTANCE);

        assertThat(archive.mppsStore().find(UID)).as("no refused N-CREATE left anything").isEmpty();
        assertThat(step("SPS1").status()).isEqualTo(WorklistStatus.SCHEDULED);
    }

    @Test
    void setRulesOfTableF721() {
        archive.mpps().create(UID, nCreate(), "CT01");
        Dataset notAllowed = new Dataset();
        notAllowed.setString(Tags.PatientID, VR.LO, "OTHER");
        MppsResult r = archive.mpps().set(UID, notAllowed, "CT01");
        assertThat(r.status()).isEqualTo(MppsResult.INVALID_ATTRIBUTE_VALUE);
        assertThat(r.errorComment()).contains("may not be changed by N-SET");
        assertThat(r.attributeIdentifiers()).containsExactly(Tags.PatientID);

        Dataset unknown = new Dataset();
        unknown.setString(Tags.BodyPartExamined, VR.CS, "HEAD");
        assertThat(archive.mpps().set(UID, unknown, "CT01").status()).isEqualTo(MppsResult.NO_SUCH_ATTRIBUTE);

        Dataset badStatus = new Dataset();
        badStatus.setString(Tags.PerformedProcedureStepStatus, VR.CS, "DONE");
        r = archive.mpps().set(UID, badStatus, "CT01");
        assertThat(r.status()).isEqualTo(MppsResult.INVALID_ATTRIBUTE_VALUE);
        assertThat(r.errorComment()).contains("'DONE' is not IN PROGRESS, COMPLETED or DISCONTINUED");

        Dataset incomplete = completed(1);
        incomplete.remove(Tags.PerformedProcedureStepEndTime);
        incomplete.getSequence(Tags.PerformedSeriesSequence).get(0).remove(Tags.ProtocolName);
        r = archive.mpps().set(UID, incomplete, "CT01");
        assertThat(r.status()).isEqualTo(MppsResult.PROCESSING_FAILURE);
        assertThat(r.errorId()).isNull();
        assertThat(r.errorComment()).contains("cannot set COMPLETED").contains("PerformedProcedureStepEndTime")
                .contains("PerformedSeriesSequence item 1 (0018,1030) ProtocolName");
        assertThat(archive.mppsStore().find(UID).orElseThrow().status()).isEqualTo("IN PROGRESS");
    }

    @Test
    void endBeforeStartIsWarning0116AndKept() {
        archive.mpps().create(UID, nCreate(), "CT01");
        Dataset early = completed(1);
        early.setString(Tags.PerformedProcedureStepEndTime, VR.TM, "070000");
        MppsResult r = archive.mpps().set(UID, early, "CT01");
        assertThat(r.status()).isEqualTo(MppsResult.ATTRIBUTE_VALUE_OUT_OF_RANGE);
        assertThat(r.isWarning()).isTrue();
        assertThat(r.errorComment()).contains("is before its Start");
        assertThat(archive.mppsStore().find(UID).orElseThrow().status()).isEqualTo("COMPLETED");
    }

    private WorklistStore.Item step(String spsId) {
        return archive.worklistStore().all().stream().filter(i -> i.spsId().equals(spsId)).findFirst().orElseThrow();
    }

    private List<String> worklistSteps() {
        List<String> out = new ArrayList<>();
        archive.worklist().find(WorklistCorpus.identifier(Map.of()), () -> false, r -> out.add(
                r.getSequence(Tags.ScheduledProcedureStepSequence).get(0).getString(Tags.ScheduledProcedureStepID)));
        return out;
    }
}
