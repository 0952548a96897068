package org.dicomharness.simulators.modality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dicomharness.simulators.AssociationEvidence;
import org.dicomharness.simulators.SimulatorResult;

/**
 * A workflow run: every step in the order performed, and the procedures it performed.
 *
 * @param steps      the steps
 * @param procedures the procedures, by number
 */
public record WorkflowResult(List<WorkflowStep> steps, List<Procedure> procedures) implements SimulatorResult {

    public WorkflowResult {
        steps = List.copyOf(steps);
        procedures = List.copyOf(procedures);
    }

    /** No step failed (skipped steps are those the plan left out or a failure before them made pointless). */
    @Override
    public boolean succeeded() {
        return !steps.isEmpty() && steps.stream().noneMatch(s -> s.verdict() == WorkflowStep.Verdict.FAILED);
    }

    @Override
    public String summary() {
        long failed = steps.stream().filter(s -> s.verdict() == WorkflowStep.Verdict.FAILED).count();
        return "workflow: " + procedures.size() + " procedure(s), " + steps.size() + " steps, " + failed + " failed"
                + steps.stream().filter(s -> s.verdict() == WorkflowStep.Verdict.FAILED).findFirst()
                .map(s -> "; first failure: " + s.kind().label() + ": " + s.summary()).orElse("");
    }

    @Override
    public List<AssociationEvidence> associations() {
        List<AssociationEvidence> out = new ArrayList<>();
        steps.stream().filter(s -> s.result() != null).forEach(s -> out.addAll(s.result().associations()));
        return out;
    }

    /** The first step of a kind for a procedure (the worklist query has procedure -1). */
    public Optional<WorkflowStep> step(int procedure, WorkflowStep.Kind kind) {
        return steps.stream().filter(s -> s.procedure() == procedure && s.kind() == kind).findFirst();
    }

    /** The result record of a step, cast to what that kind returns. */
    public <T extends SimulatorResult> Optional<T> result(int procedure, WorkflowStep.Kind kind, Class<T> type) {
        return step(procedure, kind).map(WorkflowStep::result).filter(type::isInstance).map(type::cast);
    }

    /** The per-step table the command line prints. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format("%-4s %-24s %-7s %-8s %s%n", "proc", "step", "IHE",
                "verdict", "detail"));
        for (WorkflowStep s : steps) {
            sb.append(String.format("%-4s %-24s %-7s %-8s %s%n", s.procedure() < 0 ? "-" : s.procedure() + 1,
                    s.kind().label(), s.kind().transaction(), s.verdict(), s.summary()));
        }
        return sb.toString();
    }
}
