package org.dicomharness.simulators.modality;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.simulators.Patient;
import org.dicomharness.testdata.patient.SyntheticPatient;
import org.dicomharness.testdata.patient.SyntheticPatients;

/**
 * One run of the acquisition workflow (IHE RAD TF-1 Scheduled Workflow, modality side): query the worklist (or
 * take unscheduled patients), then for each procedure: MPPS IN PROGRESS, acquire and send, MPPS COMPLETED (or
 * DISCONTINUED) with the series sent, storage commitment of what was stored. A failed step does not stop the
 * procedure where a real modality would go on (images are sent even if MPPS was refused); a step that depends on a
 * failed one is skipped with the reason.
 */
final class Workflow {

    private final ModalitySimulator modality;
    private final WorkflowPlan plan;
    private final List<WorkflowStep> steps = new ArrayList<>();
    private final List<Procedure> procedures = new ArrayList<>();

    Workflow(ModalitySimulator modality, WorkflowPlan plan) {
        this.modality = modality;
        this.plan = plan;
    }

    WorkflowResult run() {
        if (!chooseProcedures()) {
            return new WorkflowResult(steps, procedures);
        }
        for (int i = 0; i < procedures.size(); i++) {
            perform(i, procedures.get(i));
        }
        return new WorkflowResult(steps, procedures);
    }

    private boolean chooseProcedures() {
        String modalityCode = plan.acquisition().modality();
        if (plan.worklist() == null) {
            for (int i = 0; i < plan.procedures(); i++) {
                SyntheticPatient p = SyntheticPatients.forStudy(i);
                procedures.add(Procedure.unscheduled(new Patient(p.name(), p.id(), p.issuer(), p.birthDate(), p.sex()),
                        modalityCode));
            }
            return true;
        }
        WorklistResult wl = modality.queryWorklist(plan.worklist(), plan.query());
        if (!wl.succeeded()) {
            steps.add(WorkflowStep.of(-1, WorkflowStep.Kind.WORKLIST_QUERY, wl, false));
            return false;
        }
        int n = Math.min(plan.procedures(), wl.items().size());
        if (n < plan.procedures()) {
            steps.add(WorkflowStep.failed(-1, WorkflowStep.Kind.WORKLIST_QUERY, wl.summary() + "; " + plan.procedures()
                    + " procedure(s) planned but only " + wl.items().size() + " item(s) match " + plan.query()));
        } else {
            steps.add(WorkflowStep.of(-1, WorkflowStep.Kind.WORKLIST_QUERY, wl, false));
        }
        for (int i = 0; i < n; i++) {
            procedures.add(Procedure.scheduled(wl.items().get(i), modalityCode));
        }
        return n > 0;
    }

    private void perform(int i, Procedure procedure) {
        MppsInProgress mpps = null;
        if (plan.mpps() != null) {
            mpps = modality.startProcedure(plan.mpps(), procedure);
            steps.add(WorkflowStep.of(i, WorkflowStep.Kind.MPPS_IN_PROGRESS, mpps, mpps.outcome() != null
                    && mpps.outcome().isWarning()));
            if (!mpps.succeeded()) {
                mpps = null;
            }
        }
        List<Sendable> objects;
        try {
            objects = Acquisition.acquire(procedure, mpps, plan.acquisition(), i, plan.workDir());
        } catch (IOException | RuntimeException e) {
            steps.add(WorkflowStep.failed(i, WorkflowStep.Kind.STORE, "the acquisition could not be generated in "
                    + plan.workDir() + ": " + e.getMessage()));
            skipRest(i, plan.mpps() != null, "nothing was acquired");
            return;
        }
        SendReport sent = modality.send(plan.storage(), objects, plan.send());
        steps.add(WorkflowStep.of(i, WorkflowStep.Kind.STORE, sent, sent.warnings() > 0));
        if (plan.mpps() != null) {
            WorkflowStep.Kind kind = plan.discontinue() ? WorkflowStep.Kind.MPPS_DISCONTINUED
                    : WorkflowStep.Kind.MPPS_COMPLETED;
            if (mpps == null) {
                steps.add(WorkflowStep.skipped(i, kind, "no MPPS instance in progress to update"));
            } else {
                List<PerformedSeries> series = sent.performedSeries(plan.storage().aeTitle());
                MppsFinal fin = plan.discontinue()
                        ? modality.discontinueProcedure(plan.mpps(), mpps, series, null)
                        : modality.completeProcedure(plan.mpps(), mpps, series);
                steps.add(WorkflowStep.of(i, kind, fin, fin.outcome() != null && fin.outcome().isWarning()));
            }
        }
        if (plan.commitment() != null) {
            if (sent.stored().isEmpty()) {
                steps.add(WorkflowStep.skipped(i, WorkflowStep.Kind.STORAGE_COMMITMENT, "nothing was stored to commit"));
            } else {
                CommitmentResult c = modality.requestCommitment(plan.commitment(), sent, plan.commitmentOptions());
                steps.add(WorkflowStep.of(i, WorkflowStep.Kind.STORAGE_COMMITMENT, c, false));
            }
        }
    }

    private void skipRest(int i, boolean mpps, String why) {
        if (mpps) {
            steps.add(WorkflowStep.skipped(i, plan.discontinue() ? WorkflowStep.Kind.MPPS_DISCONTINUED
                    : WorkflowStep.Kind.MPPS_COMPLETED, why));
        }
        if (plan.commitment() != null) {
            steps.add(WorkflowStep.skipped(i, WorkflowStep.Kind.STORAGE_COMMITMENT, why));
        }
    }
}
