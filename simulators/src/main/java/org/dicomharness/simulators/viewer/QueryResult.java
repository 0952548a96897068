package org.dicomharness.simulators.viewer;

import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.simulators.AssociationEvidence;
import org.dicomharness.simulators.DimseOutcome;
import org.dicomharness.simulators.SimulatorResult;
import org.dicomharness.simulators.Target;

/**
 * The answer to a C-FIND: the identifiers in the order they came, the final status, and the association.
 *
 * @param target      who was asked
 * @param query       what was asked
 * @param matches     the identifiers of the Pending responses
 * @param outcome     the final C-FIND-RSP status, {@code null} when none arrived
 * @param association the association's evidence
 * @param failure     why there is no final status, or {@code null}
 */
public record QueryResult(Target target, Query query, List<Dataset> matches, DimseOutcome outcome,
                          AssociationEvidence association, String failure) implements SimulatorResult {

    public QueryResult {
        matches = List.copyOf(matches);
    }

    @Override
    public boolean succeeded() {
        return failure == null && outcome != null && outcome.isSuccess();
    }

    /** The values of one attribute over the matches (empty strings where a match lacks it). */
    public List<String> values(int tag) {
        return matches.stream().map(d -> d.getString(tag, "")).toList();
    }

    @Override
    public String summary() {
        return "C-FIND " + query + " at " + target + ": " + matches.size() + " match(es), final status "
                + (outcome != null ? outcome : "none") + (failure != null ? "; " + failure : "");
    }

    @Override
    public List<AssociationEvidence> associations() {
        return association == null ? List.of() : List.of(association);
    }
}
