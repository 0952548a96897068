package org.dicomharness.simulators.modality;

import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.simulators.AssociationEvidence;
import org.dicomharness.simulators.DimseOutcome;
import org.dicomharness.simulators.SimulatorResult;
import org.dicomharness.simulators.Target;

/**
 * A Performed Procedure Step brought to its final state, COMPLETED or DISCONTINUED, by N-SET (PS3.4 F.7.2.2;
 * IHE RAD-7).
 *
 * @param target         the MPPS SCP
 * @param sopInstanceUid the MPPS SOP Instance UID
 * @param status         COMPLETED or DISCONTINUED
 * @param series         the Performed Series Sequence sent
 * @param request        the N-SET modification list sent
 * @param outcome        the N-SET-RSP status, {@code null} when none arrived
 * @param association    the association's evidence
 * @param failure        why there is no status, or {@code null}
 */
public record MppsFinal(Target target, String sopInstanceUid, String status, List<PerformedSeries> series,
                        Dataset request, DimseOutcome outcome, AssociationEvidence association, String failure)
        implements SimulatorResult {

    public static final String COMPLETED = "COMPLETED";
    public static final String DISCONTINUED = "DISCONTINUED";

    public MppsFinal {
        series = List.copyOf(series);
    }

    @Override
    public boolean succeeded() {
        return failure == null && outcome != null && outcome.isSuccessful();
    }

    @Override
    public String summary() {
        int instances = series.stream().mapToInt(s -> s.instances().size()).sum();
        return "MPPS N-SET " + status + " " + sopInstanceUid + " (" + series.size() + " series, " + instances
                + " instances) to " + target + ": " + (outcome != null ? outcome.toString() : "no response")
                + (failure != null ? "; " + failure : "");
    }

    @Override
    public List<AssociationEvidence> associations() {
        return association == null ? List.of() : List.of(association);
    }
}
