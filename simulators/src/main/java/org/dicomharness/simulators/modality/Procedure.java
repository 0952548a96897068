package org.dicomharness.simulators.modality;

import java.util.Objects;
import org.dicomharness.dicom.Uid;
import org.dicomharness.simulators.CodedEntry;
import org.dicomharness.simulators.Patient;

/**
 * The procedure a modality performs: the patient, the study the images belong to, and the request it fulfils.
 * A scheduled procedure comes from a worklist item (PS3.4 K.6.1.2, IHE RAD-5); an unscheduled one has a new Study
 * Instance UID and empty request attributes, which is how MPPS and the images say "not from a worklist" (PS3.4
 * F.7.2.1: the Scheduled Step Attributes Sequence's Type 2 attributes are then empty).
 *
 * @param patient                       the patient
 * @param studyInstanceUid              Study Instance UID of the images
 * @param accessionNumber               Accession Number, or empty
 * @param requestedProcedureId          Requested Procedure ID, or empty
 * @param requestedProcedureDescription Requested Procedure Description, or empty
 * @param requestedProcedureCode        Requested Procedure Code, or {@code null}
 * @param scheduledProcedureStepId      Scheduled Procedure Step ID, empty when unscheduled
 * @param scheduledProcedureStepDescription Scheduled Procedure Step Description, or empty
 * @param protocolCode                  Scheduled Protocol Code, or {@code null}
 * @param modality                      Modality performed (CT, MR...)
 * @param referringPhysician            Referring Physician's Name, or empty
 * @param source                        the worklist item it comes from, or {@code null} when unscheduled
 */
public record Procedure(Patient patient, String studyInstanceUid, String accessionNumber, String requestedProcedureId,
                        String requestedProcedureDescription, CodedEntry requestedProcedureCode,
                        String scheduledProcedureStepId, String scheduledProcedureStepDescription,
                        CodedEntry protocolCode, String modality, String referringPhysician, WorklistItem source) {

    public Procedure {
        Objects.requireNonNull(patient, "patient");
        Uid.problem(studyInstanceUid).ifPresent(p -> {
            throw new IllegalArgumentException("Study Instance UID of the procedure: " + p);
        });
        if (modality == null || modality.isBlank()) {
            throw new IllegalArgumentException("the procedure needs a Modality (CT, MR, ...)");
        }
        accessionNumber = Patient.orEmpty(accessionNumber);
        requestedProcedureId = Patient.orEmpty(requestedProcedureId);
        requestedProcedureDescription = Patient.orEmpty(requestedProcedureDescription);
        scheduledProcedureStepId = Patient.orEmpty(scheduledProcedureStepId);
        scheduledProcedureStepDescription = Patient.orEmpty(scheduledProcedureStepDescription);
        referringPhysician = Patient.orEmpty(referringPhysician);
    }

    /**
     * The procedure a worklist item schedules, with the item's Study Instance UID (a new one when the item has
     * none, as PS3.17 and IHE RAD TF-1 allow the modality to create it).
     */
    public static Procedure scheduled(WorklistItem item, String modalityIfMissing) {
        String study = item.studyInstanceUid().isEmpty() ? Uid.random() : item.studyInstanceUid();
        String modality = item.modality().isEmpty() ? modalityIfMissing : item.modality();
        return new Procedure(item.patient(), study, item.accessionNumber(), item.requestedProcedureId(),
                item.requestedProcedureDescription(), item.requestedProcedureCode(), item.scheduledProcedureStepId(),
                item.scheduledProcedureStepDescription(), item.protocolCode(), modality, item.referringPhysician(), item);
    }

    /** An unscheduled procedure on {@code patient}: a new study, no request (IHE RAD TF-1 "unscheduled case"). */
    public static Procedure unscheduled(Patient patient, String modality) {
        return new Procedure(patient, Uid.random(), "", "", "", null, "", "", null, modality, "", null);
    }

    public boolean isScheduled() {
        return !scheduledProcedureStepId.isEmpty();
    }

    @Override
    public String toString() {
        return (isScheduled() ? "scheduled step " + scheduledProcedureStepId + " (accession " + accessionNumber + ")"
                : "unscheduled procedure") + " " + modality + " for patient " + patient.id() + ", study "
                + studyInstanceUid;
    }
}
