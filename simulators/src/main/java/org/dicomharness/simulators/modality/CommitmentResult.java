package org.dicomharness.simulators.modality;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dicomharness.simulators.AssociationEvidence;
import org.dicomharness.simulators.DimseOutcome;
import org.dicomharness.simulators.SimulatorResult;
import org.dicomharness.simulators.Target;

/**
 * The outcome of a storage commitment request (PS3.4 Annex J, Push Model; IHE RAD-10): the N-ACTION status, and
 * the N-EVENT-REPORT that answered it, how it came, and what it says.
 *
 * @param target         the Storage Commitment SCP
 * @param transactionUid Transaction UID (0008,1195)
 * @param requested      the instances asked about
 * @param actionOutcome  the N-ACTION-RSP status, {@code null} when none arrived
 * @param eventTypeId    1 (all committed) or 2 (failures exist), {@code null} when no report arrived
 * @param committed      Referenced SOP Sequence of the report
 * @param failed         Failed SOP Sequence of the report
 * @param retrieveAeTitle Retrieve AE Title (0008,0054) of the report, or {@code null}
 * @param delivery       how the report came
 * @param associations   the N-ACTION association, and the report's association when it was another
 * @param failure        what went wrong (no report in time, N-ACTION refused...), or {@code null}
 */
public record CommitmentResult(Target target, String transactionUid, List<SopReference> requested,
                               DimseOutcome actionOutcome, Integer eventTypeId, List<SopReference> committed,
                               List<CommitmentFailure> failed, String retrieveAeTitle, Delivery delivery,
                               List<AssociationEvidence> associations, String failure) implements SimulatorResult {

    /** How the N-EVENT-REPORT reached the simulator. */
    public enum Delivery {
        /** On the association that carried the N-ACTION. */
        SAME_ASSOCIATION,
        /** On a new association the SCP opened to the simulator's listening AE. */
        NEW_ASSOCIATION,
        /** It did not arrive in time. */
        NOT_RECEIVED
    }

    public CommitmentResult {
        requested = List.copyOf(requested);
        committed = List.copyOf(committed);
        failed = List.copyOf(failed);
        associations = List.copyOf(associations);
    }

    /** Requested instances the report names neither as committed nor as failed. */
    public List<SopReference> unanswered() {
        Set<String> answered = new HashSet<>();
        committed.forEach(r -> answered.add(r.sopInstanceUid()));
        failed.forEach(f -> answered.add(f.reference().sopInstanceUid()));
        return requested.stream().filter(r -> !answered.contains(r.sopInstanceUid())).toList();
    }

    /** Every requested instance committed, by a report of Event Type 1. */
    @Override
    public boolean succeeded() {
        return failure == null && actionOutcome != null && actionOutcome.isSuccess() && eventTypeId != null
                && eventTypeId == 1 && failed.isEmpty() && unanswered().isEmpty();
    }

    @Override
    public String summary() {
        StringBuilder sb = new StringBuilder("storage commitment " + transactionUid + " at " + target + ": N-ACTION "
                + (actionOutcome != null ? actionOutcome : "no response"));
        if (eventTypeId != null) {
            sb.append(", N-EVENT-REPORT type ").append(eventTypeId).append(" (")
                    .append(delivery == Delivery.SAME_ASSOCIATION ? "same association" : "new association")
                    .append("): ").append(committed.size()).append('/').append(requested.size()).append(" committed");
            if (!failed.isEmpty()) {
                sb.append(", failed: ").append(failed);
            }
            if (!unanswered().isEmpty()) {
                sb.append(", ").append(unanswered().size()).append(" not mentioned");
            }
        }
        if (failure != null) {
            sb.append("; ").append(failure);
        }
        return sb.toString();
    }
}
