package org.dicomharness.pacs.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.ArchiveFixture;
import org.dicomharness.pacs.index.StoredInstance;
import org.dicomharness.pacs.store.StoreOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryServiceTest {

    private Archive archive;

    @BeforeAll
    void load(@TempDir Path dir) throws IOException {
        archive = ArchiveFixture.open(dir);
        for (Dataset ds : QueryCorpus.objects()) {
            StoreOutcome outcome = ArchiveFixture.store(archive, ds, "LOADER");
            assertThat(outcome.status()).as(outcome.errorComment()).isZero();
        }
    }

    @AfterAll
    void close() {
        archive.close();
    }

    Stream<QueryCorpus.QueryCase> cases() {
        return QueryCorpus.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void queryTableMatchesExactly(QueryCorpus.QueryCase c) {
        List<Dataset> responses = find(c.model(), c.level(), c.keys());
        int resultTag = ElementDictionary.standard().tagOf(c.resultKey());
        Set<String> found = new HashSet<>();
        for (Dataset r : responses) {
            assertThat(r.getString(Tags.QueryRetrieveLevel)).isEqualTo(c.level().name());
            found.add(r.getString(resultTag));
        }
        assertThat(found).as(c.name()).containsExactlyInAnyOrderElementsOf(c.expected());
        assertThat(responses).as("one response per match").hasSize(c.expected().size());
    }

    @Test
    void responsesHoldOnlyRequestedKeysWithStoredValues() {
        List<Dataset> responses = find(InformationModel.STUDY_ROOT, QueryLevel.STUDY,
                Map.of("AccessionNumber", "ACC4", "PatientName", "", "StudyInstanceUID", "",
                        "NumberOfStudyRelatedInstances", "", "NumberOfStudyRelatedSeries", "",
                        "ModalitiesInStudy", "", "StudyDescription", ""));
        assertThat(responses).singleElement().satisfies(r -> {
            assertThat(r.getString(Tags.PatientName)).isEqualTo("Müller^Jürgen");
            assertThat(r.getString(Tags.NumberOfStudyRelatedInstances)).isEqualTo("4");
            assertThat(r.getString(Tags.NumberOfStudyRelatedSeries)).isEqualTo("2");
            assertThat(r.getStrings(Tags.ModalitiesInStudy)).containsExactly("CT");
            assertThat(r.getString(Tags.StudyDescription)).isEqualTo("CT ABDOMEN");
            assertThat(r.contains(Tags.StudyDate)).as("not requested, not returned").isFalse();
            assertThat(r.contains(Tags.PatientBirthDate)).isFalse();
        });
    }

    @Test
    void patientCountsAreComputed() {
        List<Dataset> responses = find(InformationModel.PATIENT_ROOT, QueryLevel.PATIENT,
                Map.of("PatientID", "PAT001", "NumberOfPatientRelatedStudies", "",
                        "NumberOfPatientRelatedSeries", "", "NumberOfPatientRelatedInstances", ""));
        assertThat(responses).singleElement().satisfies(r -> {
            assertThat(r.getString(Tags.NumberOfPatientRelatedStudies)).isEqualTo("2");
            assertThat(r.getString(Tags.NumberOfPatientRelatedSeries)).isEqualTo("3");
            assertThat(r.getString(Tags.NumberOfPatientRelatedInstances)).isEqualTo("6");
        });
    }

    @Test
    void sequenceMatchingReturnsOnlyMatchingItemsWithRequestedKeys() {
        List<Dataset> responses = find(InformationModel.STUDY_ROOT, QueryLevel.STUDY,
                Map.of("ProcedureCodeSequence.CodeValue", "CTABD", "StudyInstanceUID", ""));
        assertThat(responses).singleElement().satisfies(r -> {
            Dataset item = r.getSequence(Tags.ProcedureCodeSequence).get(0);
            assertThat(item.getString(Tags.CodeValue)).isEqualTo("CTABD");
            assertThat(item.contains(Tags.CodeMeaning)).isFalse();
        });
    }

    @Test
    void hierarchicalQueriesNeedTheUniqueKeysAbove() {
        assertThatThrownBy(() -> find(InformationModel.STUDY_ROOT, QueryLevel.SERIES, Map.of("Modality", "CT")))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("needs (0020,000D) StudyInstanceUID as a single value")
                .extracting(e -> ((QueryException) e).status()).isEqualTo(0xA900);
        assertThatThrownBy(() -> find(InformationModel.STUDY_ROOT, QueryLevel.PATIENT, Map.of("PatientID", "")))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("does not exist in the STUDY_ROOT information model");
        assertThatThrownBy(() -> find(InformationModel.STUDY_ROOT, QueryLevel.STUDY,
                Map.of("StudyDate", "2024-01-01-2024")))
                .isInstanceOf(QueryException.class).hasMessageContaining("more than one '-'");
    }

    @Test
    void cancellationStopsTheResponses() {
        List<Dataset> out = new ArrayList<>();
        QueryService.Query q = archive.queries().prepare(InformationModel.PATIENT_ROOT,
                Identifiers.of(QueryLevel.PATIENT, Map.of("PatientID", "")));
        archive.queries().find(q, () -> out.size() >= 1, out::add);
        assertThat(out).hasSize(1);
    }

    @Test
    void retrieveSelectsActiveObjectsByUniqueKeys() {
        Dataset id = Identifiers.of(QueryLevel.SERIES, Map.of("StudyInstanceUID", QueryCorpus.S4,
                "SeriesInstanceUID", QueryCorpus.series(QueryCorpus.S4, 1) + "\\" + QueryCorpus.series(QueryCorpus.S4, 2)));
        List<StoredInstance> found = archive.queries().retrieve(InformationModel.STUDY_ROOT, id);
        assertThat(found).hasSize(4).allSatisfy(i -> assertThat(i.studyInstanceUid()).isEqualTo(QueryCorpus.S4));
        Dataset study = Identifiers.of(QueryLevel.STUDY, Map.of("StudyInstanceUID", QueryCorpus.S1));
        assertThat(archive.queries().retrieve(InformationModel.STUDY_ROOT, study)).hasSize(3);
        Dataset nothing = Identifiers.of(QueryLevel.IMAGE, Map.of());
        assertThatThrownBy(() -> archive.queries().retrieve(InformationModel.STUDY_ROOT, nothing))
                .isInstanceOf(QueryException.class).hasMessageContaining("needs (0008,0018) SOPInstanceUID");
    }

    private List<Dataset> find(InformationModel model, QueryLevel level, Map<String, String> keys) {
        List<Dataset> out = new ArrayList<>();
        QueryService.Query q = archive.queries().prepare(model, Identifiers.of(level, keys));
        archive.queries().find(q, () -> false, out::add);
        return out;
    }
}
