package org.dicomharness.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.simulators.Patient;
import org.dicomharness.simulators.ris.Adt;
import org.dicomharness.simulators.ris.Hl7Ack;
import org.dicomharness.simulators.viewer.Query;
import org.dicomharness.simulators.viewer.QueryLevel;
import org.dicomharness.simulators.viewer.QueryModel;
import org.dicomharness.simulators.viewer.QueryResult;
import org.dicomharness.simulators.viewer.ReceivedObject;
import org.dicomharness.simulators.viewer.RetrieveReport;
import org.dicomharness.simulators.viewer.VerifyOptions;
import org.dicomharness.steps.HarnessWorld;
import org.dicomharness.testdata.patient.SyntheticPatient;

/**
 * Patient Information Reconciliation (IHE RAD-12): what the archive holds follows a correction (ADT^A08) or a merge
 * (ADT^A40) of patient records.
 */
public final class ReconciliationSteps {

    /** What a merge may change in an object: its patient's identification, and the record of the change. */
    private static final List<Integer> PATIENT_COERCION = List.of(Tags.PatientName, Tags.PatientID,
            Tags.IssuerOfPatientID, Tags.PatientBirthDate, Tags.PatientSex, Tags.OriginalAttributesSequence);

    private final HarnessWorld world;

    public ReconciliationSteps(HarnessWorld world) {
        this.world = world;
    }

    @When("the RIS registers a new patient record and merges the study's patient into it with ADT^A40")
    public void merge() {
        SyntheticPatient prior = world.study().context().patient();
        String survivorId = world.environment().nextPatientId();
        Patient survivor = new Patient("Merged^" + survivorId, survivorId, prior.issuer(), prior.birthDate(),
                prior.sex());
        InetSocketAddress hl7 = world.environment().hl7();
        // The surviving record exists before the merge names it (RAD-1 Patient Registration, then RAD-12).
        send(hl7, new Adt.Admit(survivor));
        Adt.Merge merge = new Adt.Merge(survivor, prior.id(), prior.issuer());
        send(hl7, merge);
        world.merged(merge);
    }

    @When("the RIS corrects the patient's name and birth date with ADT^A08")
    public void update() {
        SyntheticPatient prior = world.study().context().patient();
        Patient corrected = new Patient("Corrected^" + prior.id(), prior.id(), prior.issuer(), "19810203", prior.sex());
        send(world.environment().hl7(), new Adt.Update(corrected));
        world.updated(corrected);
    }

    @Then("a STUDY level query by the patient's ID returns the corrected name")
    public void queryShowsCorrection() {
        Patient corrected = world.update();
        QueryResult result = world.find(Query.studies().match(Tags.PatientID, corrected.id())
                .returnKeys(Tags.PatientName, Tags.PatientBirthDate));
        assertThat(result.matches()).as("studies found: %s", result.summary()).singleElement().satisfies(study -> {
            assertThat(study.getString(Tags.StudyInstanceUID)).isEqualTo(world.study().studyInstanceUid());
            assertThat(study.getString(Tags.PatientName)).as("Patient's Name (0010,0010)").isEqualTo(corrected.name());
        });
    }

    @Then("the {int} retrieved objects carry the corrected name and birth date and otherwise equal the ones sent")
    public void retrievedCorrected(int count) throws IOException {
        Patient corrected = world.update();
        RetrieveReport retrieved = world.lastRetrieve();
        assertThat(retrieved.received()).as("objects received: %s", retrieved.summary()).hasSize(count);
        for (ReceivedObject o : retrieved.received()) {
            Dataset ds = o.attributes();
            assertThat(ds.getString(Tags.PatientName)).as("Patient's Name of %s", o.sopInstanceUid())
                    .isEqualTo(corrected.name());
            assertThat(ds.getString(Tags.PatientBirthDate)).as("Patient's Birth Date of %s", o.sopInstanceUid())
                    .isEqualTo(corrected.birthDate());
        }
        world.verifyRetrieved(world.firstSend(), VerifyOptions.attributes(PATIENT_COERCION));
    }

    private void send(InetSocketAddress hl7, Adt adt) {
        Hl7Ack ack = world.environment().ris().sendAdt(hl7.getHostString(), hl7.getPort(), adt);
        world.evidence("HL7 ADT^" + adt.event() + " to " + hl7.getHostString() + ":" + hl7.getPort(),
                ack.sent().replace('\r', '\n') + "\n" + ack.summary());
        assertThat(ack.accepted()).as("HL7 acknowledgement of ADT^%s: %s", adt.event(), ack.summary()).isTrue();
    }

    @Then("a PATIENT level query by the retired Patient ID finds no patient")
    public void retiredIdGone() {
        QueryResult result = world.find(Query.of(QueryModel.PATIENT_ROOT, QueryLevel.PATIENT)
                .match(Tags.PatientID, world.merge().priorPatientId()).returnKeys(Tags.PatientName));
        assertThat(result.matches()).as("patients found under the retired ID: %s", result.summary()).isEmpty();
    }

    @Then("a STUDY level query by the surviving Patient ID finds the study with {int} instances")
    public void studyUnderSurvivor(int instances) {
        QueryResult result = world.find(Query.studies().match(Tags.PatientID, world.merge().patient().id())
                .returnKeys(Tags.PatientName, Tags.NumberOfStudyRelatedInstances));
        assertThat(result.matches()).as("studies found: %s", result.summary()).singleElement().satisfies(study -> {
            assertThat(study.getString(Tags.StudyInstanceUID)).isEqualTo(world.study().studyInstanceUid());
            assertThat(study.getString(Tags.NumberOfStudyRelatedInstances))
                    .as("Number of Study Related Instances (0020,1208)").isEqualTo(Integer.toString(instances));
        });
    }

    @Then("the {int} retrieved objects carry the surviving Patient ID and otherwise equal the ones sent")
    public void retrievedUnderSurvivor(int count) throws IOException {
        RetrieveReport retrieved = world.lastRetrieve();
        assertThat(retrieved.received()).as("objects received: %s", retrieved.summary()).hasSize(count);
        for (ReceivedObject o : retrieved.received()) {
            assertThat(o.attributes().getString(Tags.PatientID)).as("Patient ID (0010,0020) of %s", o.sopInstanceUid())
                    .isEqualTo(world.merge().patient().id());
        }
        world.verifyRetrieved(world.firstSend(), VerifyOptions.attributes(PATIENT_COERCION));
    }
}
