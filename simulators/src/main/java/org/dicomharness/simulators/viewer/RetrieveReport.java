package org.dicomharness.simulators.viewer;

import java.util.List;
import org.dicomharness.dicom.net.dimse.SubOperations;
import org.dicomharness.simulators.AssociationEvidence;
import org.dicomharness.simulators.DimseOutcome;
import org.dicomharness.simulators.SimulatorResult;
import org.dicomharness.simulators.Target;

/**
 * The outcome of a C-MOVE or C-GET (PS3.4 C.4.2, C.4.3): the final status and sub-operation counts, the counts of
 * every Pending response, the objects that arrived (with their files and digests), and the Failed SOP Instance UID
 * List (0008,0058) of the final response.
 *
 * @param target        the Query/Retrieve SCP
 * @param query         the identifier
 * @param operation     C-MOVE or C-GET
 * @param destination   the Move Destination, {@code null} for C-GET
 * @param receivedHere  whether the objects come to this viewer (C-GET, or C-MOVE to its own AE)
 * @param outcome       the final response's status, {@code null} when none arrived
 * @param finalCounts   the final response's sub-operation counts
 * @param pendingCounts the counts of each Pending response, in order
 * @param received      the objects this viewer received for the retrieve
 * @param failedInstances Failed SOP Instance UID List of the final response
 * @param associations  the retrieve association, then the C-MOVE sub-operation associations accepted meanwhile
 * @param failure       why the retrieve did not complete, or {@code null}
 */
public record RetrieveReport(Target target, Query query, Operation operation, String destination,
                             boolean receivedHere, DimseOutcome outcome,
                             SubOperations finalCounts, List<SubOperations> pendingCounts,
                             List<ReceivedObject> received, List<String> failedInstances,
                             List<AssociationEvidence> associations, String failure) implements SimulatorResult {

    /** The DIMSE-C retrieve service used. */
    public enum Operation {
        C_MOVE, C_GET
    }

    /** Refused: Move Destination unknown (PS3.4 C.4.2.1.4). */
    public static final int MOVE_DESTINATION_UNKNOWN = 0xA801;

    public RetrieveReport {
        pendingCounts = List.copyOf(pendingCounts);
        received = List.copyOf(received);
        failedInstances = List.copyOf(failedInstances);
        associations = List.copyOf(associations);
        finalCounts = finalCounts == null ? SubOperations.NONE : finalCounts;
    }

    /**
     * Success, no failed sub-operation, and (when this viewer is the destination) as many objects arrived as the
     * SCP counts as completed or warning.
     */
    @Override
    public boolean succeeded() {
        return failure == null && outcome != null && outcome.isSuccess() && failedInstances.isEmpty()
                && (finalCounts.failed() == null || finalCounts.failed() == 0) && countsAgree();
    }

    /**
     * Whether the completed and warning sub-operations the SCP reports match the objects that arrived here (when
     * they come here, and the SCP gave the counts, which a final response may omit: PS3.4 C.4.2.1.6).
     */
    public boolean countsAgree() {
        if (!receivedHere || finalCounts.completed() == null && finalCounts.warning() == null) {
            return true;
        }
        int reported = (finalCounts.completed() == null ? 0 : finalCounts.completed())
                + (finalCounts.warning() == null ? 0 : finalCounts.warning());
        return reported == received.size();
    }

    /** Whether the SCP refused because it does not know the move destination (A801). */
    public boolean destinationUnknown() {
        return outcome != null && outcome.code() == MOVE_DESTINATION_UNKNOWN;
    }

    @Override
    public String summary() {
        StringBuilder sb = new StringBuilder(operation == Operation.C_MOVE ? "C-MOVE" : "C-GET");
        sb.append(' ').append(query).append(" from ").append(target);
        if (destination != null) {
            sb.append(" to ").append(destination);
        }
        sb.append(": ").append(outcome != null ? outcome.toString() : "no final response").append(", ")
                .append(finalCounts).append(", ").append(received.size()).append(" object(s) received");
        if (!failedInstances.isEmpty()) {
            sb.append(", failed: ").append(failedInstances);
        }
        if (!countsAgree()) {
            sb.append("; the SCP's completed+warning count differs from what arrived here");
        }
        if (failure != null) {
            sb.append("; ").append(failure);
        }
        return sb.toString();
    }
}
