package org.dicomharness.simulators.modality;

import java.time.LocalDateTime;
import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.simulators.AssociationEvidence;
import org.dicomharness.simulators.DimseOutcome;
import org.dicomharness.simulators.SimulatorResult;
import org.dicomharness.simulators.Target;

/**
 * A Modality Performed Procedure Step created IN PROGRESS (N-CREATE, PS3.4 F.7.2.1; IHE RAD-6).
 *
 * @param target                   the MPPS SCP
 * @param sopInstanceUid           the MPPS SOP Instance UID (ours, or the one the SCP assigned)
 * @param performedProcedureStepId Performed Procedure Step ID
 * @param start                    Performed Procedure Step Start Date/Time
 * @param procedure                what is performed
 * @param request                  the N-CREATE data set sent
 * @param outcome                  the N-CREATE-RSP status, {@code null} when none arrived
 * @param association              the association's evidence
 * @param failure                  why there is no status, or {@code null}
 */
public record MppsInProgress(Target target, String sopInstanceUid, String performedProcedureStepId, LocalDateTime start,
                             Procedure procedure, Dataset request, DimseOutcome outcome, AssociationEvidence association,
                             String failure) implements SimulatorResult {

    @Override
    public boolean succeeded() {
        return failure == null && outcome != null && outcome.isSuccessful();
    }

    @Override
    public String summary() {
        return "MPPS N-CREATE IN PROGRESS " + sopInstanceUid + " to " + target + ": "
                + (outcome != null ? outcome.toString() : "no response") + (failure != null ? "; " + failure : "");
    }

    @Override
    public List<AssociationEvidence> associations() {
        return association == null ? List.of() : List.of(association);
    }
}
