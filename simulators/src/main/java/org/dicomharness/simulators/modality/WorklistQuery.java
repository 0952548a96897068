package org.dicomharness.simulators.modality;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.simulators.Patient;

/**
 * The matching keys of a Modality Worklist query (PS3.4 K.6.1.2.2; IHE RAD-5 "Query Modality Worklist": a modality
 * asks for its own AE title and/or modality, on a date, or for one patient or accession number), and the return
 * keys the modality needs to perform the step and fill MPPS and the image headers. An empty key matches anything.
 *
 * @param scheduledStationAeTitle Scheduled Station AE Title (0040,0001) in the step, or empty
 * @param modality                Modality (0008,0060) in the step, or empty
 * @param startDate               Scheduled Procedure Step Start Date (0040,0002): a date or a range, or empty
 * @param patientId               Patient ID (0010,0020), or empty
 * @param accessionNumber         Accession Number (0008,0050), or empty
 * @param extraKeys               further keys (matching or return), added as they are; may be {@code null}
 */
public record WorklistQuery(String scheduledStationAeTitle, String modality, String startDate, String patientId,
                           String accessionNumber, Dataset extraKeys) {

    public WorklistQuery {
        scheduledStationAeTitle = Patient.orEmpty(scheduledStationAeTitle);
        modality = Patient.orEmpty(modality);
        startDate = Patient.orEmpty(startDate);
        patientId = Patient.orEmpty(patientId);
        accessionNumber = Patient.orEmpty(accessionNumber);
    }

    /** Everything scheduled. */
    public static WorklistQuery all() {
        return new WorklistQuery("", "", "", "", "", null);
    }

    /** What a modality asks by default: its modality's steps. */
    public static WorklistQuery forModality(String modality) {
        return new WorklistQuery("", modality, "", "", "", null);
    }

    public WorklistQuery withStationAeTitle(String ae) {
        return new WorklistQuery(ae, modality, startDate, patientId, accessionNumber, extraKeys);
    }

    public WorklistQuery withStartDate(String dateOrRange) {
        return new WorklistQuery(scheduledStationAeTitle, modality, dateOrRange, patientId, accessionNumber, extraKeys);
    }

    public WorklistQuery withPatientId(String id) {
        return new WorklistQuery(scheduledStationAeTitle, modality, startDate, id, accessionNumber, extraKeys);
    }

    public WorklistQuery withAccessionNumber(String accession) {
        return new WorklistQuery(scheduledStationAeTitle, modality, startDate, patientId, accession, extraKeys);
    }

    public WorklistQuery withExtraKeys(Dataset keys) {
        return new WorklistQuery(scheduledStationAeTitle, modality, startDate, patientId, accessionNumber, keys);
    }

    /** The C-FIND identifier: matching keys with their values, return keys empty (PS3.4 C.2.2.1). */
    public Dataset toIdentifier() {
        Dataset ds = new Dataset();
        key(ds, Tags.AccessionNumber, accessionNumber);
        key(ds, Tags.ReferringPhysicianName, "");
        key(ds, Tags.PatientName, "");
        key(ds, Tags.PatientID, patientId);
        key(ds, Tags.IssuerOfPatientID, "");
        key(ds, Tags.PatientBirthDate, "");
        key(ds, Tags.PatientSex, "");
        key(ds, Tags.StudyInstanceUID, "");
        key(ds, Tags.RequestedProcedureDescription, "");
        ds.newSequence(Tags.RequestedProcedureCodeSequence);
        key(ds, Tags.RequestedProcedureID, "");
        Dataset step = ds.newSequence(Tags.ScheduledProcedureStepSequence).addItem();
        key(step, Tags.Modality, modality);
        key(step, Tags.ScheduledStationAETitle, scheduledStationAeTitle);
        key(step, Tags.ScheduledProcedureStepStartDate, startDate);
        key(step, Tags.ScheduledProcedureStepStartTime, "");
        key(step, Tags.ScheduledPerformingPhysicianName, "");
        key(step, Tags.ScheduledProcedureStepDescription, "");
        step.newSequence(Tags.ScheduledProtocolCodeSequence);
        key(step, Tags.ScheduledProcedureStepID, "");
        key(step, Tags.ScheduledStationName, "");
        if (extraKeys != null) {
            for (DataElement e : extraKeys) {
                ds.put(e);
            }
        }
        return ds;
    }

    private static void key(Dataset ds, int tag, String value) {
        if (value.isEmpty()) {
            VR vr = ElementDictionary.standard().vrOf(tag);
            ds.put(tag, vr, ByteValue.EMPTY);
        } else {
            ds.setString(tag, value);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("worklist query");
        if (!modality.isEmpty()) {
            sb.append(" modality=").append(modality);
        }
        if (!scheduledStationAeTitle.isEmpty()) {
            sb.append(" station=").append(scheduledStationAeTitle);
        }
        if (!startDate.isEmpty()) {
            sb.append(" date=").append(startDate);
        }
        if (!patientId.isEmpty()) {
            sb.append(" patient=").append(patientId);
        }
        if (!accessionNumber.isEmpty()) {
            sb.append(" accession=").append(accessionNumber);
        }
        return sb.toString();
    }
}
