package org.dicomharness.pacs.worklist;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.index.Utf8Datasets;
import org.dicomharness.pacs.reconcile.WorkflowException;

/**
 * One Scheduled Procedure Step of a Requested Procedure of an order, as the RIS (HL7 ORM/OMI) or a seed file gives
 * it. {@link #toDataset()} gives the Modality Worklist attributes of PS3.4 K.6.1.2 except the Patient ones, which
 * come from the patient row when the worklist is queried.
 *
 * @param orderKey     identity of the order for later updates and cancels (filler order number, else placer)
 * @param stationAeTitle Scheduled Station AE Title (0040,0001)
 * @param startDate    Scheduled Procedure Step Start Date (0040,0002), YYYYMMDD
 * @param startTime    Scheduled Procedure Step Start Time (0040,0003), HHMMSS
 */
public record ScheduledStep(String orderKey, String placerOrderNumber, String fillerOrderNumber,
                            String accessionNumber, String requestedProcedureId, String requestedProcedureDescription,
                            Code requestedProcedureCode, String studyInstanceUid, String spsId, String spsDescription,
                            Code protocolCode, String modality, String stationAeTitle, String stationName,
                            String startDate, String startTime, String performingPhysician,
                            String referringPhysician, String requestingPhysician, String admissionId) {

    public ScheduledStep {
        require(orderKey, "order key (filler or placer order number)");
        require(spsId, "Scheduled Procedure Step ID (OBR-20 / IPC-4)");
        require(modality, "Modality (OBR-24 / IPC-5)");
        check(accessionNumber, 16, "Accession Number");
        check(requestedProcedureId, 16, "Requested Procedure ID");
        check(spsId, 16, "Scheduled Procedure Step ID");
        check(stationAeTitle, 16, "Scheduled Station AE Title");
        check(modality, 16, "Modality");
        if (startDate != null && !startDate.isEmpty() && !startDate.matches("\\d{8}")) {
            throw new WorkflowException(WorkflowException.Reason.INVALID, "Scheduled Procedure Step Start Date '"
                    + startDate + "' is not YYYYMMDD");
        }
        if (startTime != null && !startTime.isEmpty() && !startTime.matches("\\d{2}(\\d{2}(\\d{2}(\\.\\d{1,6})?)?)?")) {
            throw new WorkflowException(WorkflowException.Reason.INVALID, "Scheduled Procedure Step Start Time '"
                    + startTime + "' is not HHMMSS");
        }
        if (studyInstanceUid != null && !studyInstanceUid.isEmpty()) {
            org.dicomharness.dicom.Uid.problem(studyInstanceUid).ifPresent(p -> {
                throw new WorkflowException(WorkflowException.Reason.INVALID, "Study Instance UID refused: " + p);
            });
        }
    }

    /** The item's attributes in UTF-8, with Scheduled Procedure Step Status {@code status}. */
    public Dataset toDataset(WorklistStatus status) {
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, Utf8Datasets.ISO_IR_192);
        set(ds, Tags.AccessionNumber, VR.SH, accessionNumber);
        set(ds, Tags.ReferringPhysicianName, VR.PN, referringPhysician);
        ds.newSequence(Tags.ReferencedStudySequence);
        set(ds, Tags.StudyInstanceUID, VR.UI, studyInstanceUid);
        set(ds, Tags.RequestingPhysician, VR.PN, requestingPhysician);
        set(ds, Tags.RequestedProcedureDescription, VR.LO, requestedProcedureDescription);
        if (requestedProcedureCode != null) {
            requestedProcedureCode.addTo(ds, Tags.RequestedProcedureCodeSequence);
        } else {
            ds.newSequence(Tags.RequestedProcedureCodeSequence);
        }
        set(ds, Tags.AdmissionID, VR.LO, admissionId);
        set(ds, Tags.RequestedProcedureID, VR.SH, requestedProcedureId);
        set(ds, Tags.PlacerOrderNumberImagingServiceRequest, VR.LO, placerOrderNumber);
        set(ds, Tags.FillerOrderNumberImagingServiceRequest, VR.LO, fillerOrderNumber);
        Dataset sps = ds.newSequence(Tags.ScheduledProcedureStepSequence).addItem();
        set(sps, Tags.Modality, VR.CS, modality);
        set(sps, Tags.ScheduledStationAETitle, VR.AE, stationAeTitle);
        set(sps, Tags.ScheduledProcedureStepStartDate, VR.DA, startDate);
        set(sps, Tags.ScheduledProcedureStepStartTime, VR.TM, startTime);
        set(sps, Tags.ScheduledPerformingPhysicianName, VR.PN, performingPhysician);
        set(sps, Tags.ScheduledProcedureStepDescription, VR.LO, spsDescription);
        if (protocolCode != null) {
            protocolCode.addTo(sps, Tags.ScheduledProtocolCodeSequence);
        } else {
            sps.newSequence(Tags.ScheduledProtocolCodeSequence);
        }
        set(sps, Tags.ScheduledProcedureStepID, VR.SH, spsId);
        set(sps, Tags.ScheduledStationName, VR.SH, stationName);
        sps.setString(Tags.ScheduledProcedureStepStatus, VR.CS, status.name());
        return ds;
    }

    /**
     * This step with a Study Instance UID: an order that arrives without one (no ZDS segment) gets one from the
     * Order Filler, as IHE RAD TF-2 RAD-4 has it.
     */
    public ScheduledStep withStudyInstanceUid(String uid) {
        return new ScheduledStep(orderKey, placerOrderNumber, fillerOrderNumber, accessionNumber,
                requestedProcedureId, requestedProcedureDescription, requestedProcedureCode, uid, spsId,
                spsDescription, protocolCode, modality, stationAeTitle, stationName, startDate, startTime,
                performingPhysician, referringPhysician, requestingPhysician, admissionId);
    }

    /** This step with another Accession Number (an order update moves it). */
    public boolean sameAccession(String other) {
        return java.util.Objects.equals(nullIfEmpty(accessionNumber), nullIfEmpty(other));
    }

    private static String nullIfEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static void set(Dataset ds, int tag, VR vr, String value) {
        if (value == null || value.isEmpty()) {
            ds.put(tag, vr, ByteValue.EMPTY);
        } else {
            ds.setString(tag, vr, value);
        }
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new WorkflowException(WorkflowException.Reason.MISSING_VALUE, "the order has no " + what);
        }
    }

    private static void check(String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw new WorkflowException(WorkflowException.Reason.INVALID, what + " '" + value + "' is longer than "
                    + max + " characters (PS3.5 Table 6.2-1)");
        }
    }
}
