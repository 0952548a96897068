package org.dicomharness.simulators.modality;

import org.dicomharness.simulators.SimulatorResult;

/**
 * One step of a workflow run, with the result record that holds its statuses and traces.
 *
 * @param procedure 0-based procedure number, -1 for the worklist query all procedures share
 * @param kind      which step
 * @param verdict   passed, warning, failed or skipped
 * @param summary   one line for the table
 * @param result    the step's result, {@code null} when skipped
 */
public record WorkflowStep(int procedure, Kind kind, Verdict verdict, String summary, SimulatorResult result) {

    /** The transactions of IHE Scheduled Workflow the modality takes part in. */
    public enum Kind {
        WORKLIST_QUERY("MWL C-FIND", "RAD-5"),
        MPPS_IN_PROGRESS("MPPS N-CREATE", "RAD-6"),
        STORE("C-STORE", "RAD-8"),
        MPPS_COMPLETED("MPPS N-SET COMPLETED", "RAD-7"),
        MPPS_DISCONTINUED("MPPS N-SET DISCONTINUED", "RAD-7"),
        STORAGE_COMMITMENT("Storage Commitment", "RAD-10");

        private final String label;
        private final String transaction;

        Kind(String label, String transaction) {
            this.label = label;
            this.transaction = transaction;
        }

        public String label() {
            return label;
        }

        /** The IHE RAD transaction. */
        public String transaction() {
            return transaction;
        }
    }

    public enum Verdict {
        PASSED, WARNING, FAILED, SKIPPED
    }

    static WorkflowStep of(int procedure, Kind kind, SimulatorResult result, boolean warning) {
        Verdict v = !result.succeeded() ? Verdict.FAILED : warning ? Verdict.WARNING : Verdict.PASSED;
        return new WorkflowStep(procedure, kind, v, result.summary(), result);
    }

    static WorkflowStep failed(int procedure, Kind kind, String why) {
        return new WorkflowStep(procedure, kind, Verdict.FAILED, why, null);
    }

    static WorkflowStep skipped(int procedure, Kind kind, String why) {
        return new WorkflowStep(procedure, kind, Verdict.SKIPPED, why, null);
    }
}
