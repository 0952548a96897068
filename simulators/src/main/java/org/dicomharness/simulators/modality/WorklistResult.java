package org.dicomharness.simulators.modality;

import java.util.List;
import org.dicomharness.simulators.AssociationEvidence;
import org.dicomharness.simulators.DimseOutcome;
import org.dicomharness.simulators.SimulatorResult;
import org.dicomharness.simulators.Target;

/**
 * The answer to a Modality Worklist query: the items, the final C-FIND status, and the association.
 *
 * @param target      who was asked
 * @param query       what was asked
 * @param items       the matches, in the order they came
 * @param outcome     the final C-FIND-RSP status, {@code null} when none arrived
 * @param association the association's evidence
 * @param failure     why there is no final status (association refused, aborted...), or {@code null}
 */
public record WorklistResult(Target target, WorklistQuery query, List<WorklistItem> items, DimseOutcome outcome,
                             AssociationEvidence association, String failure) implements SimulatorResult {

    public WorklistResult {
        items = List.copyOf(items);
    }

    @Override
    public boolean succeeded() {
        return failure == null && outcome != null && outcome.isSuccess();
    }

    @Override
    public String summary() {
        if (outcome == null) {
            return "MWL C-FIND to " + target + " failed: " + failure;
        }
        return "MWL C-FIND to " + target + ": " + items.size() + " item(s), final status " + outcome
                + (failure != null ? "; " + failure : "");
    }

    @Override
    public List<AssociationEvidence> associations() {
        return association == null ? List.of() : List.of(association);
    }
}
