package org.dicomharness.pacs.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.ArchiveFixture;
import org.dicomharness.pacs.query.QueryException;
import org.dicomharness.pacs.reconcile.WorkflowException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorklistServiceTest {

    private Archive archive;

    @BeforeAll
    void load(@TempDir Path dir) throws IOException {
        archive = ArchiveFixture.open(dir);
        WorklistCorpus.load(archive);
    }

    @AfterAll
    void close() {
        archive.close();
    }

    Stream<WorklistCorpus.WorklistCase> cases() {
        return WorklistCorpus.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void worklistTableMatchesExactly(WorklistCorpus.WorklistCase c) {
        List<Dataset> responses = find(WorklistCorpus.identifier(c.keys()));
        Set<String> found = new HashSet<>();
        for (Dataset r : responses) {
            found.add(r.getSequence(Tags.ScheduledProcedureStepSequence).get(0).getString(Tags.ScheduledProcedureStepID));
        }
        assertThat(found).as(c.name()).containsExactlyInAnyOrderElementsOf(c.expectedStepIds());
        assertThat(responses).as("one response per step").hasSize(c.expectedStepIds().size());
    }

    @Test
    void corpusHasAtLeastTenCombinations() {
        assertThat(WorklistCorpus.cases()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void responsesHoldExactlyTheRequestedKeys() {
        Dataset id = WorklistCorpus.identifier(Map.of("PatientID", "PAT003", "PatientName", "",
                "AccessionNumber", "", "RequestedProcedureCodeSequence", "", "PatientBirthDate", "",
                WorklistCorpus.SPS + "ScheduledStationAETitle", "", WorklistCorpus.SPS + "Modality", "",
                WorklistCorpus.SPS + "ScheduledProcedureStepStartTime", "153000"));
        List<Dataset> responses = find(id);
        assertThat(responses).singleElement().satisfies(r -> {
            assertThat(r.getString(Tags.SpecificCharacterSet)).isEqualTo("ISO_IR 192");
            assertThat(r.getString(Tags.PatientName)).isEqualTo("Müller^Jürgen");
            assertThat(r.getString(Tags.PatientBirthDate)).isEqualTo("19800808");
            assertThat(r.getString(Tags.AccessionNumber)).isEqualTo("ACC1004");
            assertThat(r.contains(Tags.RequestedProcedureCodeSequence)).isTrue();
            assertThat(r.contains(Tags.PatientSex)).as("not requested, not returned").isFalse();
            assertThat(r.contains(Tags.RequestedProcedureID)).isFalse();
            Dataset step = r.getSequence(Tags.ScheduledProcedureStepSequence).get(0);
            assertThat(step.getString(Tags.ScheduledStationAETitle)).isEqualTo("US01");
            assertThat(step.getString(Tags.Modality)).isEqualTo("US");
            assertThat(step.getString(Tags.ScheduledProcedureStepID)).isEqualTo("SPS4A");
            assertThat(step.contains(Tags.ScheduledProcedureStepDescription)).isFalse();
            assertThat(step.contains(Tags.ScheduledProtocolCodeSequence)).isFalse();
            assertThat(step.size()).isEqualTo(4);
        });
    }

    @Test
    void requestedKeysWithoutValueComeBackZeroLength() {
        Dataset id = WorklistCorpus.identifier(Map.of("AccessionNumber", "ACC1004", "AdmissionID", "",
                WorklistCorpus.SPS + "ScheduledPerformingPhysicianName", ""));
        assertThat(find(id)).hasSize(2).allSatisfy(r -> {
            assertThat(r.contains(Tags.AdmissionID)).isTrue();
            assertThat(r.getString(Tags.AdmissionID)).isNull();
            Dataset step = r.getSequence(Tags.ScheduledProcedureStepSequence).get(0);
            assertThat(step.contains(Tags.ScheduledPerformingPhysicianName)).isTrue();
            assertThat(step.getString(Tags.ScheduledPerformingPhysicianName)).isNull();
        });
    }

    @Test
    void badIdentifiersAreRefusedWithA900() {
        Dataset twoItems = WorklistCorpus.identifier(Map.of());
        twoItems.getSequence(Tags.ScheduledProcedureStepSequence).addItem().setString(Tags.Modality, VR.CS, "CT");
        assertThatThrownBy(() -> find(twoItems)).isInstanceOf(QueryException.class)
                .hasMessageContaining("Sequence Matching takes exactly one")
                .extracting(e -> ((QueryException) e).status()).isEqualTo(WorklistService.IDENTIFIER_DOES_NOT_MATCH_SOP_CLASS);

        Dataset list = WorklistCorpus.identifier(Map.of(WorklistCorpus.SPS + "Modality", "CT\\MR"));
        assertThatThrownBy(() -> find(list)).isInstanceOf(QueryException.class)
                .hasMessageContaining("only UI keys take a list");

        Dataset badRange = WorklistCorpus.identifier(Map.of(WorklistCorpus.SPS + "ScheduledProcedureStepStartDate",
                "2024-01-10"));
        assertThatThrownBy(() -> find(badRange)).isInstanceOf(QueryException.class)
                .hasMessageContaining("(0040,0002) ScheduledProcedureStepStartDate");

        Dataset notASequence = new Dataset();
        notASequence.setString(Tags.ScheduledProcedureStepSequence, VR.LO, "CT");
        assertThatThrownBy(() -> find(notASequence)).isInstanceOf(QueryException.class)
                .hasMessageContaining("is a sequence (SQ) in PS3.6");
    }

    @Test
    void cancellationStopsTheResponses() {
        List<Dataset> out = new ArrayList<>();
        archive.worklist().find(WorklistCorpus.identifier(Map.of()), () -> out.size() >= 2, out::add);
        assertThat(out).hasSize(2);
    }

    @Test
    void ordersAreRefusedWithReasons() {
        WorklistCorpus.Entry first = WorklistCorpus.entries().get(0);
        assertThatThrownBy(() -> archive.orders().schedule(first.patient(), first.step(), "TEST"))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("already has Scheduled Procedure Step SPS1")
                .extracting(e -> ((WorkflowException) e).reason()).isEqualTo(WorkflowException.Reason.DUPLICATE_ORDER);
        assertThatThrownBy(() -> archive.orders().cancel("NOPE", WorklistStatus.CANCELED, "TEST"))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("order NOPE is not known")
                .extracting(e -> ((WorkflowException) e).reason()).isEqualTo(WorkflowException.Reason.UNKNOWN_ORDER);
    }

    @Test
    void seedFileSchedulesItemsAndNamesTheBadOne(@TempDir Path dir) throws IOException {
        try (Archive fresh = ArchiveFixture.open(dir.resolve("pacs"))) {
            Path yaml = dir.resolve("worklist.yaml");
            Files.writeString(yaml, """
                    items:
                      - patient: {id: P9, issuer: HOSP, name: "Seed^Sally", birthDate: "20000101", sex: F}
                        step: {orderKey: O9, accessionNumber: A9, requestedProcedureId: R9, spsId: S9, modality: DX,
                               stationAeTitle: DX01, startDate: "20240301", startTime: "0900",
                               requestedProcedureCode: {value: DXCHEST, scheme: 99LOCAL, meaning: "DX chest"}}
                    """);
            assertThat(WorklistSeed.load(yaml, fresh.orders())).isEqualTo(1);
            List<Dataset> found = new ArrayList<>();
            fresh.worklist().find(WorklistCorpus.identifier(Map.of("PatientName", "", "RequestedProcedureCodeSequence",
                    "", WorklistCorpus.SPS + "Modality", "DX")), () -> false, found::add);
            assertThat(found).singleElement().satisfies(r -> {
                assertThat(r.getString(Tags.PatientName)).isEqualTo("Seed^Sally");
                assertThat(r.getSequence(Tags.RequestedProcedureCodeSequence).get(0).getString(Tags.CodeValue))
                        .isEqualTo("DXCHEST");
            });
            assertThatThrownBy(() -> WorklistSeed.load(yaml, fresh.orders())).as("loading it twice")
                    .isInstanceOf(IOException.class).hasMessageContaining("item 1")
                    .hasMessageContaining("already has Scheduled Procedure Step S9");
            WorklistSeed.Result again = WorklistSeed.loadKeepingHeld(yaml, fresh.orders());
            assertThat(again.scheduled()).isZero();
            assertThat(again.alreadyHeld()).containsExactly("O9/S9");
            assertThat(fresh.worklistStore().all()).as("kept as it was, not doubled").hasSize(1);
            Path bad = dir.resolve("bad.yaml");
            Files.writeString(bad, """
                    items:
                      - patient: {id: P10}
                        step: {orderKey: O10, spsId: S10, modality: CT, startDate: "2024-03-01"}
                    """);
            assertThatThrownBy(() -> WorklistSeed.load(bad, fresh.orders())).isInstanceOf(IOException.class)
                    .hasMessageContaining("bad.yaml").hasMessageContaining("'2024-03-01' is not YYYYMMDD");
            Path misspelt = dir.resolve("misspelt.yaml");
            Files.writeString(misspelt, "items:\n  - patient: {id: P11}\n    step: {orderKey: O, spsId: S, modality: CT,"
                    + " stationAE: X}\n");
            assertThatThrownBy(() -> WorklistSeed.load(misspelt, fresh.orders())).isInstanceOf(IOException.class)
                    .hasMessageContaining("stationAE");
        }
    }

    private List<Dataset> find(Dataset identifier) {
        List<Dataset> out = new ArrayList<>();
        archive.worklist().find(identifier, () -> false, out::add);
        return out;
    }
}
