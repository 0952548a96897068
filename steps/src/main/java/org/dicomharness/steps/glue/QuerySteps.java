package org.dicomharness.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Locale;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.simulators.viewer.Query;
import org.dicomharness.simulators.viewer.QueryLevel;
import org.dicomharness.simulators.viewer.QueryModel;
import org.dicomharness.simulators.viewer.QueryResult;
import org.dicomharness.steps.HarnessWorld;
import org.dicomharness.testdata.TestSeries;
import org.dicomharness.testdata.TestStudy;

/** What the simulated viewer asks with C-FIND (PS3.4 C.4.1), and what must come back. */
public final class QuerySteps {

    private final HarnessWorld world;

    public QuerySteps(HarnessWorld world) {
        this.world = world;
    }

    @Then("a PATIENT level query by Patient ID finds the patient with {int} stud(y)(ies)")
    public void patientQuery(int studies) {
        TestStudy study = world.study();
        QueryResult result = world.find(Query.of(QueryModel.PATIENT_ROOT, QueryLevel.PATIENT)
                .match(Tags.PatientID, study.context().patient().id())
                .returnKeys(Tags.PatientName, Tags.NumberOfPatientRelatedStudies));
        assertThat(result.matches()).as("patients found: %s", result.summary()).hasSize(1);
        assertThat(result.matches().get(0).getString(Tags.NumberOfPatientRelatedStudies))
                .as("Number of Patient Related Studies (0020,1200)").isEqualTo(Integer.toString(studies));
    }

    @Then("a STUDY level query by Study Instance UID finds {int} study with {int} instances")
    public void studyQuery(int studies, int instances) {
        QueryResult result = world.find(Query.studies().match(Tags.StudyInstanceUID, world.study().studyInstanceUid())
                .returnKeys(Tags.NumberOfStudyRelatedInstances, Tags.ModalitiesInStudy, Tags.PatientID));
        assertThat(result.matches()).as("studies found: %s", result.summary()).hasSize(studies);
        assertThat(result.matches().get(0).getString(Tags.NumberOfStudyRelatedInstances))
                .as("Number of Study Related Instances (0020,1208)").isEqualTo(Integer.toString(instances));
    }

    @Then("a STUDY level query by Study Instance UID finds no study")
    public void studyAbsent() {
        QueryResult result = world.find(Query.studies().match(Tags.StudyInstanceUID, world.study().studyInstanceUid()));
        assertThat(result.matches()).as("studies found: %s", result.summary()).isEmpty();
    }

    @Then("a STUDY level query by the patient's name in upper case and the study date as a range finds the study")
    public void studyQueryByNameAndDate() {
        TestStudy study = world.study();
        String date = study.context().studyDate();
        QueryResult result = world.find(Query.studies()
                .match(Tags.PatientName, study.context().patient().name().toUpperCase(Locale.ROOT))
                .match(Tags.StudyDate, date + "-" + date)
                .returnKeys(Tags.PatientID));
        assertThat(result.values(Tags.StudyInstanceUID)).as("studies found: %s", result.summary())
                .contains(study.studyInstanceUid());
    }

    @Then("a SERIES level query in the study finds {int} series of modality {string}")
    public void seriesQuery(int count, String modality) {
        QueryResult result = world.find(Query.of(QueryModel.STUDY_ROOT, QueryLevel.SERIES)
                .match(Tags.StudyInstanceUID, world.study().studyInstanceUid()).returnKeys(Tags.Modality));
        List<String> expected = world.study().series().stream().map(TestSeries::seriesInstanceUid).toList();
        assertThat(result.values(Tags.SeriesInstanceUID)).as("series found: %s", result.summary())
                .hasSize(count).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.values(Tags.Modality)).as("Modality of each series").containsOnly(modality);
    }

    @Then("an IMAGE level query in each series finds {int} instance(s)")
    public void imageQuery(int count) {
        for (TestSeries series : world.study().series()) {
            QueryResult result = world.find(Query.of(QueryModel.STUDY_ROOT, QueryLevel.IMAGE)
                    .match(Tags.StudyInstanceUID, world.study().studyInstanceUid())
                    .match(Tags.SeriesInstanceUID, series.seriesInstanceUid()).returnKeys(Tags.InstanceNumber));
            List<String> expected = series.instances().stream().map(d -> d.getString(Tags.SOPInstanceUID)).toList();
            assertThat(result.values(Tags.SOPInstanceUID)).as("instances of series %s: %s",
                    series.seriesInstanceUid(), result.summary()).hasSize(count)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
