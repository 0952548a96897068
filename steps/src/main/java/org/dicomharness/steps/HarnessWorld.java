package org.dicomharness.steps;

import io.cucumber.java.Scenario;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.simulators.Patient;
import org.dicomharness.simulators.SimulatorResult;
import org.dicomharness.simulators.modality.CommitmentResult;
import org.dicomharness.simulators.modality.SendReport;
import org.dicomharness.simulators.modality.WorkflowResult;
import org.dicomharness.simulators.ris.Adt;
import org.dicomharness.simulators.ris.Order;
import org.dicomharness.simulators.viewer.Query;
import org.dicomharness.simulators.viewer.QueryResult;
import org.dicomharness.simulators.viewer.RetrieveReport;
import org.dicomharness.simulators.viewer.VerificationReport;
import org.dicomharness.simulators.viewer.VerifyOptions;
import org.dicomharness.testdata.StudyGenerator;
import org.dicomharness.testdata.TestStudy;
import org.dicomharness.testdata.WrittenFile;

/**
 * The state of one scenario: the study it made, what was sent, asked and retrieved, and the evidence attached to
 * the report as it goes. Created by Cucumber for each scenario and shared by its step classes.
 */
public final class HarnessWorld {

    private final TargetEnvironment environment = TargetEnvironment.get();
    private Scenario scenario;
    private StudyGenerator generator;
    private TestStudy study;
    private List<WrittenFile> files = List.of();
    private final List<SendReport> sends = new ArrayList<>();
    private QueryResult lastQuery;
    private RetrieveReport lastRetrieve;
    private WorkflowResult workflow;
    private CommitmentResult commitment;
    private Order order;
    private Adt.Merge merge;
    private Patient update;

    public TargetEnvironment environment() {
        return environment;
    }

    /** Called by the {@code @Before} hook: where this scenario's evidence goes. */
    public void begin(Scenario s) {
        this.scenario = s;
    }

    /** Attaches a simulator result (summary and PDU traces) to the scenario's report. */
    public void evidence(String title, SimulatorResult result) {
        if (scenario != null) {
            scenario.attach(result.summary() + "\n\n" + result.traces(), "text/plain", title);
        }
    }

    /** Attaches a text (a validation report, say) to the scenario's report. */
    public void evidence(String title, String text) {
        if (scenario != null) {
            scenario.attach(text, "text/plain", title);
        }
    }

    public void note(String text) {
        if (scenario != null) {
            scenario.log(text);
        }
    }

    public TestStudy study() {
        if (study == null) {
            throw new IllegalStateException("no study yet: a step 'Given a generated ... study' must come first");
        }
        return study;
    }

    public List<WrittenFile> files() {
        return files;
    }

    /** The generator that made the study: it makes further objects of the same study (a rejection note). */
    public StudyGenerator generator() {
        study();
        return generator;
    }

    public void study(StudyGenerator madeBy, TestStudy generated, List<WrittenFile> written) {
        this.generator = madeBy;
        this.study = generated;
        this.files = List.copyOf(written);
    }

    public void sent(SendReport report) {
        sends.add(report);
    }

    /** The most recent send. */
    public SendReport lastSend() {
        if (sends.isEmpty()) {
            throw new IllegalStateException("nothing was sent yet in this scenario");
        }
        return sends.get(sends.size() - 1);
    }

    /** The first send: what the target must give back when the later ones were refused or were duplicates. */
    public SendReport firstSend() {
        if (sends.isEmpty()) {
            throw new IllegalStateException("nothing was sent yet in this scenario");
        }
        return sends.get(0);
    }

    public QueryResult lastQuery() {
        return lastQuery;
    }

    /**
     * Runs a C-FIND through the viewer against the target, records it with its evidence, and fails the step when the
     * query itself failed (an empty answer is a result, not a failure).
     */
    public QueryResult find(Query query) {
        QueryResult result = environment.viewer().find(environment.target(), query);
        queried(result);
        evidence("C-FIND " + query.level(), result);
        if (!result.succeeded()) {
            throw new AssertionError("C-FIND: " + result.summary());
        }
        return result;
    }

    /** Runs a C-MOVE to the viewer's own storage SCP and records it, with its evidence under {@code title}. */
    public RetrieveReport move(String title, Query query) throws IOException {
        RetrieveReport report = environment.viewer().move(environment.target(), query);
        retrieved(report);
        evidence(title, report);
        return report;
    }

    /**
     * Compares what the last retrieve brought back with what {@code sent} stored, notes the verdict in the report,
     * and fails the step on any difference {@code options} does not allow.
     */
    public void verifyRetrieved(SendReport sent, VerifyOptions options) {
        VerificationReport verification = environment.viewer().verify(sent, lastRetrieve(), options);
        note(verification.summary());
        if (!verification.succeeded()) {
            throw new AssertionError(verification.summary() + System.lineSeparator() + verification.failures());
        }
    }

    public void queried(QueryResult result) {
        this.lastQuery = result;
    }

    public RetrieveReport lastRetrieve() {
        if (lastRetrieve == null) {
            throw new IllegalStateException("nothing was retrieved yet in this scenario");
        }
        return lastRetrieve;
    }

    public void retrieved(RetrieveReport report) {
        this.lastRetrieve = report;
    }

    public WorkflowResult workflow() {
        if (workflow == null) {
            throw new IllegalStateException("no acquisition was performed yet in this scenario");
        }
        return workflow;
    }

    public void performed(WorkflowResult result) {
        this.workflow = result;
    }

    /** The order the RIS placed in this scenario. */
    public Order order() {
        if (order == null) {
            throw new IllegalStateException("no order yet: a step 'Given the RIS has placed ... order' must come "
                    + "first");
        }
        return order;
    }

    public void ordered(Order placed) {
        this.order = placed;
    }

    /** The patient merge the RIS sent in this scenario. */
    public Adt.Merge merge() {
        if (merge == null) {
            throw new IllegalStateException("no merge yet: a step 'When the RIS ... merges ...' must come first");
        }
        return merge;
    }

    public void merged(Adt.Merge sent) {
        this.merge = sent;
    }

    /** The corrected patient record the RIS sent in this scenario (ADT^A08). */
    public Patient update() {
        if (update == null) {
            throw new IllegalStateException("no update yet: a step 'When the RIS corrects ...' must come first");
        }
        return update;
    }

    public void updated(Patient corrected) {
        this.update = corrected;
    }

    public CommitmentResult commitment() {
        if (commitment == null) {
            throw new IllegalStateException("no storage commitment was requested yet in this scenario");
        }
        return commitment;
    }

    public void committed(CommitmentResult result) {
        this.commitment = result;
    }
}
