package org.dicomharness.simulators.modality;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.simulators.CodedEntry;
import org.dicomharness.simulators.Patient;

/**
 * One Modality Worklist C-FIND match (PS3.4 K.6.1.2): the Requested Procedure with its first Scheduled Procedure
 * Step, and the patient. Accessors return empty strings for absent or empty attributes.
 *
 * @param attributes the identifier as the SCP returned it
 */
public record WorklistItem(Dataset attributes) {

    /** The first item of the Scheduled Procedure Step Sequence (0040,0100), or an empty data set. */
    public Dataset step() {
        Sequence seq = attributes.contains(Tags.ScheduledProcedureStepSequence)
                ? attributes.getSequence(Tags.ScheduledProcedureStepSequence) : null;
        return seq == null || seq.isEmpty() ? new Dataset() : seq.get(0);
    }

    public Patient patient() {
        return new Patient(get(Tags.PatientName), get(Tags.PatientID), get(Tags.IssuerOfPatientID),
                get(Tags.PatientBirthDate), get(Tags.PatientSex));
    }

    public String studyInstanceUid() {
        return get(Tags.StudyInstanceUID);
    }

    public String accessionNumber() {
        return get(Tags.AccessionNumber);
    }

    public String requestedProcedureId() {
        return get(Tags.RequestedProcedureID);
    }

    public String requestedProcedureDescription() {
        return get(Tags.RequestedProcedureDescription);
    }

    public CodedEntry requestedProcedureCode() {
        return CodedEntry.firstOf(attributes, Tags.RequestedProcedureCodeSequence);
    }

    public String referringPhysician() {
        return get(Tags.ReferringPhysicianName);
    }

    public String scheduledProcedureStepId() {
        return step().getString(Tags.ScheduledProcedureStepID, "");
    }

    public String scheduledProcedureStepDescription() {
        return step().getString(Tags.ScheduledProcedureStepDescription, "");
    }

    public CodedEntry protocolCode() {
        return CodedEntry.firstOf(step(), Tags.ScheduledProtocolCodeSequence);
    }

    public String modality() {
        return step().getString(Tags.Modality, "");
    }

    public String scheduledStationAeTitle() {
        return step().getString(Tags.ScheduledStationAETitle, "");
    }

    public String scheduledStartDate() {
        return step().getString(Tags.ScheduledProcedureStepStartDate, "");
    }

    private String get(int tag) {
        return attributes.getString(tag, "");
    }

    @Override
    public String toString() {
        return "worklist item: patient " + get(Tags.PatientID) + " '" + get(Tags.PatientName) + "', accession "
                + accessionNumber() + ", step " + scheduledProcedureStepId() + " " + modality() + " at "
                + scheduledStationAeTitle() + ", study " + studyInstanceUid();
    }
}
