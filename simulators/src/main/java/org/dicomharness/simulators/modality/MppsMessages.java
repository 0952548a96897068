package org.dicomharness.simulators.modality;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.simulators.CodedEntry;
import org.dicomharness.simulators.Patient;

/**
 * The data sets of the Modality Performed Procedure Step SOP Class as SCU (PS3.4 Table F.7.2-1; IHE RAD-6/RAD-7):
 * the N-CREATE attribute list (IN PROGRESS) and the N-SET modification list that brings the step to its final
 * state. Only attributes of the SOP Class are sent: an SCP may refuse any other with 0105 (No such attribute).
 */
final class MppsMessages {

    static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("yyyyMMdd");
    static final DateTimeFormatter TM = DateTimeFormatter.ofPattern("HHmmss");

    private MppsMessages() {
    }

    /** N-CREATE: every Type 1 and Type 2 attribute of Table F.7.2-1, IN PROGRESS. */
    static Dataset create(Procedure p, String ppsId, LocalDateTime start, String stationAeTitle, String stationName) {
        Dataset ds = new Dataset();
        Charsets.declare(ds, p.patient().name(), p.requestedProcedureDescription(), p.scheduledProcedureStepDescription(),
                p.referringPhysician(), stationName);
        // Scheduled Step Attributes Sequence: one item per step performed; Type 2 attributes empty when unscheduled.
        Dataset step = ds.newSequence(Tags.ScheduledStepAttributesSequence).addItem();
        step.setString(Tags.StudyInstanceUID, VR.UI, p.studyInstanceUid());
        step.newSequence(Tags.ReferencedStudySequence);
        text(step, Tags.AccessionNumber, VR.SH, p.accessionNumber());
        text(step, Tags.RequestedProcedureID, VR.SH, p.requestedProcedureId());
        text(step, Tags.RequestedProcedureDescription, VR.LO, p.requestedProcedureDescription());
        text(step, Tags.ScheduledProcedureStepID, VR.SH, p.scheduledProcedureStepId());
        text(step, Tags.ScheduledProcedureStepDescription, VR.LO, p.scheduledProcedureStepDescription());
        CodedEntry.setSequence(step, Tags.ScheduledProtocolCodeSequence, p.protocolCode());
        // Patient
        text(ds, Tags.PatientName, VR.PN, p.patient().name());
        text(ds, Tags.PatientID, VR.LO, p.patient().id());
        if (!p.patient().issuer().isEmpty()) {
            ds.setString(Tags.IssuerOfPatientID, VR.LO, p.patient().issuer());
        }
        text(ds, Tags.PatientBirthDate, VR.DA, p.patient().birthDate());
        text(ds, Tags.PatientSex, VR.CS, p.patient().sex());
        ds.newSequence(Tags.ReferencedPatientSequence);
        // Performed Procedure Step Information
        ds.setString(Tags.PerformedProcedureStepID, VR.SH, ppsId);
        ds.setString(Tags.PerformedStationAETitle, VR.AE, stationAeTitle);
        text(ds, Tags.PerformedStationName, VR.SH, stationName);
        text(ds, Tags.PerformedLocation, VR.SH, "");
        ds.setString(Tags.PerformedProcedureStepStartDate, VR.DA, start.format(DA));
        ds.setString(Tags.PerformedProcedureStepStartTime, VR.TM, start.format(TM));
        ds.setString(Tags.PerformedProcedureStepStatus, VR.CS, "IN PROGRESS");
        text(ds, Tags.PerformedProcedureStepDescription, VR.LO, p.scheduledProcedureStepDescription().isEmpty()
                ? p.requestedProcedureDescription() : p.scheduledProcedureStepDescription());
        text(ds, Tags.PerformedProcedureTypeDescription, VR.LO, p.requestedProcedureDescription());
        CodedEntry.setSequence(ds, Tags.ProcedureCodeSequence, p.requestedProcedureCode());
        text(ds, Tags.PerformedProcedureStepEndDate, VR.DA, "");
        text(ds, Tags.PerformedProcedureStepEndTime, VR.TM, "");
        // Image Acquisition Results
        ds.setString(Tags.Modality, VR.CS, p.modality());
        text(ds, Tags.StudyID, VR.SH, p.requestedProcedureId());
        CodedEntry.setSequence(ds, Tags.PerformedProtocolCodeSequence, p.protocolCode());
        ds.newSequence(Tags.PerformedSeriesSequence);
        return ds;
    }

    /**
     * N-SET to COMPLETED or DISCONTINUED: status, end date and time, and the Performed Series Sequence (Type 1 in
     * the final state, PS3.4 F.7.2.2); a discontinued step also says why (PS3.16 CID 9300).
     */
    static Dataset finish(String status, LocalDateTime end, List<PerformedSeries> series, CodedEntry discontinuationReason) {
        Dataset ds = new Dataset();
        String[] texts = series.stream().flatMap(s -> java.util.stream.Stream.of(s.seriesDescription(), s.protocolName(),
                s.operatorsName())).toArray(String[]::new);
        Charsets.declare(ds, texts);
        ds.setString(Tags.PerformedProcedureStepStatus, VR.CS, status);
        ds.setString(Tags.PerformedProcedureStepEndDate, VR.DA, end.format(DA));
        ds.setString(Tags.PerformedProcedureStepEndTime, VR.TM, end.format(TM));
        Sequence seq = ds.newSequence(Tags.PerformedSeriesSequence);
        for (PerformedSeries s : series) {
            s.addTo(seq);
        }
        if (MppsFinal.DISCONTINUED.equals(status) && discontinuationReason != null) {
            CodedEntry.setSequence(ds, Tags.PerformedProcedureStepDiscontinuationReasonCodeSequence,
                    discontinuationReason);
        }
        return ds;
    }

    private static void text(Dataset ds, int tag, VR vr, String value) {
        if (value == null || value.isEmpty()) {
            ds.put(tag, vr, ByteValue.EMPTY);
        } else {
            ds.setString(tag, vr, value);
        }
    }
}
