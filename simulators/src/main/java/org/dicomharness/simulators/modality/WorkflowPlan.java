package org.dicomharness.simulators.modality;

import java.nio.file.Path;
import java.util.Objects;
import org.dicomharness.simulators.Target;

/**
 * What {@link ModalitySimulator#runWorkflow} does. Each service may be a different AE (as in a hospital: RIS for the
 * worklist and MPPS, PACS for storage and commitment); a {@code null} target leaves that step out.
 *
 * @param worklist    the Modality Worklist SCP, or {@code null} for unscheduled procedures
 * @param query       the worklist query
 * @param mpps        the MPPS SCP, or {@code null}
 * @param storage     the Storage SCP (required)
 * @param commitment  the Storage Commitment SCP, or {@code null}
 * @param acquisition what is acquired per procedure
 * @param procedures  how many procedures to perform (worklist items taken in order, or unscheduled patients)
 * @param discontinue end every step DISCONTINUED instead of COMPLETED
 * @param send        how objects are sent
 * @param commitmentOptions how the commitment report is awaited
 * @param workDir     where the acquired files are written
 */
public record WorkflowPlan(Target worklist, WorklistQuery query, Target mpps, Target storage, Target commitment,
                           AcquisitionSpec acquisition, int procedures, boolean discontinue, SendOptions send,
                           CommitmentOptions commitmentOptions, Path workDir) {

    public WorkflowPlan {
        Objects.requireNonNull(storage, "the workflow needs a storage target");
        Objects.requireNonNull(acquisition, "the workflow needs an acquisition (what to send)");
        Objects.requireNonNull(workDir, "the workflow needs a folder for the acquired files");
        if (procedures < 1) {
            throw new IllegalArgumentException("at least one procedure, not " + procedures);
        }
        query = query == null ? WorklistQuery.forModality(acquisition.modality()) : query;
        send = send == null ? SendOptions.defaults() : send;
        commitmentOptions = commitmentOptions == null ? CommitmentOptions.defaults() : commitmentOptions;
    }

    /** Storage only, to {@code target}: one unscheduled procedure. */
    public static WorkflowPlan storeOnly(Target target, AcquisitionSpec acquisition, Path workDir) {
        return new WorkflowPlan(null, null, null, target, null, acquisition, 1, false, null, null, workDir);
    }

    /** Every step (worklist, MPPS, storage, commitment) against one AE. */
    public static WorkflowPlan fullAgainst(Target target, AcquisitionSpec acquisition, Path workDir) {
        return new WorkflowPlan(target, null, target, target, target, acquisition, 1, false, null, null, workDir);
    }

    public WorkflowPlan withWorklist(Target t, WorklistQuery q) {
        return new WorkflowPlan(t, q, mpps, storage, commitment, acquisition, procedures, discontinue, send,
                commitmentOptions, workDir);
    }

    public WorkflowPlan withMpps(Target t) {
        return new WorkflowPlan(worklist, query, t, storage, commitment, acquisition, procedures, discontinue, send,
                commitmentOptions, workDir);
    }

    public WorkflowPlan withCommitment(Target t, CommitmentOptions options) {
        return new WorkflowPlan(worklist, query, mpps, storage, t, acquisition, procedures, discontinue, send, options,
                workDir);
    }

    public WorkflowPlan withProcedures(int n) {
        return new WorkflowPlan(worklist, query, mpps, storage, commitment, acquisition, n, discontinue, send,
                commitmentOptions, workDir);
    }

    public WorkflowPlan discontinued() {
        return new WorkflowPlan(worklist, query, mpps, storage, commitment, acquisition, procedures, true, send,
                commitmentOptions, workDir);
    }

    public WorkflowPlan withSend(SendOptions options) {
        return new WorkflowPlan(worklist, query, mpps, storage, commitment, acquisition, procedures, discontinue,
                options, commitmentOptions, workDir);
    }
}
