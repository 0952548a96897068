package org.dicomharness.pacs.mpps;

import java.util.Map;
import java.util.Set;
import org.dicomharness.dicom.dict.Tags;

/**
 * The attribute rules of PS3.4 Table F.7.2-1 (Modality Performed Procedure Step SOP Class N-CREATE, N-SET and Final
 * State attributes) that the SCP enforces: what N-CREATE must carry (Type 1 with a value, Type 2 present), what
 * N-SET may not change, and what must have a value before COMPLETED.
 */
final class MppsAttributes {

    /** N-CREATE Type 1: present with a value. */
    static final Set<Integer> CREATE_TYPE_1 = Set.of(Tags.ScheduledStepAttributesSequence,
            Tags.PerformedProcedureStepID, Tags.PerformedStationAETitle, Tags.PerformedProcedureStepStartDate,
            Tags.PerformedProcedureStepStartTime, Tags.PerformedProcedureStepStatus, Tags.Modality);

    /** N-CREATE Type 2: present, possibly empty. */
    static final Set<Integer> CREATE_TYPE_2 = Set.of(Tags.PatientName, Tags.PatientID, Tags.PatientBirthDate,
            Tags.PatientSex, Tags.ReferencedPatientSequence, Tags.PerformedStationName, Tags.PerformedLocation,
            Tags.PerformedProcedureStepDescription, Tags.PerformedProcedureTypeDescription, Tags.ProcedureCodeSequence,
            Tags.PerformedProcedureStepEndDate, Tags.PerformedProcedureStepEndTime, Tags.StudyID,
            Tags.PerformedProtocolCodeSequence, Tags.PerformedSeriesSequence);

    /** Scheduled Step Attributes Sequence items at N-CREATE: Type 1. */
    static final Set<Integer> STEP_TYPE_1 = Set.of(Tags.StudyInstanceUID);

    /** Scheduled Step Attributes Sequence items at N-CREATE: Type 2. */
    static final Set<Integer> STEP_TYPE_2 = Set.of(Tags.ReferencedStudySequence, Tags.AccessionNumber,
            Tags.RequestedProcedureID, Tags.RequestedProcedureDescription, Tags.ScheduledProcedureStepID,
            Tags.ScheduledProcedureStepDescription, Tags.ScheduledProtocolCodeSequence);

    /** Attributes N-SET may change ("3" in the N-SET column); every other attribute of the SOP Class is "Not allowed". */
    static final Set<Integer> SETTABLE = Set.of(Tags.SpecificCharacterSet, Tags.PerformedProcedureStepStatus,
            Tags.PerformedProcedureStepDescription, Tags.PerformedProcedureTypeDescription, Tags.ProcedureCodeSequence,
            Tags.PerformedProcedureStepEndDate, Tags.PerformedProcedureStepEndTime,
            Tags.CommentsOnThePerformedProcedureStep, Tags.PerformedProcedureStepDiscontinuationReasonCodeSequence,
            Tags.PerformedProtocolCodeSequence, Tags.PerformedSeriesSequence, Tags.ReasonForPerformedProcedureCodeSequence,
            // Radiation Dose and Billing and Material Management modules (PS3.3 C.4.16, C.4.17): N-SET Type 3.
            Tags.AnatomicStructureSpaceOrRegionSequence, Tags.TotalTimeOfFluoroscopy, Tags.TotalNumberOfExposures,
            Tags.DistanceSourceToDetector, Tags.DistanceSourceToEntrance, Tags.EntranceDose, Tags.EntranceDoseInmGy,
            Tags.ExposedArea, Tags.ImageAndFluoroscopyAreaDoseProduct, Tags.CommentsOnRadiationDose,
            Tags.ExposureDoseSequence, Tags.BillingProcedureStepSequence, Tags.FilmConsumptionSequence,
            Tags.BillingSuppliesAndDevicesSequence);

    /** Further attributes of the SOP Class that only N-CREATE may give (Type 3 or conditional there). */
    static final Set<Integer> CREATE_ONLY_TYPE_3 = Set.of(Tags.IssuerOfPatientID,
            Tags.IssuerOfPatientIDQualifiersSequence, Tags.AdmissionID, Tags.IssuerOfAdmissionIDSequence,
            Tags.ServiceEpisodeID, Tags.IssuerOfServiceEpisodeIDSequence, Tags.ServiceEpisodeDescription,
            Tags.PatientBirthDateInAlternativeCalendar, Tags.PatientDeathDateInAlternativeCalendar,
            Tags.PatientAlternativeCalendar, Tags.OtherPatientIDsSequence);

    /** Performed Procedure Step Status (0040,0252) Enumerated Values (PS3.3 C.4.14). */
    static final Set<String> STATUSES = Set.of("IN PROGRESS", "COMPLETED", "DISCONTINUED");

    /** Final state COMPLETED: Type 1 top-level attributes. */
    static final Set<Integer> FINAL_TYPE_1 = Set.of(Tags.PerformedProcedureStepEndDate,
            Tags.PerformedProcedureStepEndTime, Tags.PerformedSeriesSequence);

    /** Final state COMPLETED: attributes of each Performed Series Sequence item, and their type (1 or 2). */
    static final Map<Integer, Integer> FINAL_SERIES = Map.of(Tags.SeriesInstanceUID, 1, Tags.ProtocolName, 1,
            Tags.PerformingPhysicianName, 2, Tags.OperatorsName, 2, Tags.SeriesDescription, 2, Tags.RetrieveAETitle, 2,
            Tags.ReferencedImageSequence, 2, Tags.ReferencedNonImageCompositeSOPInstanceSequence, 2);

    private MppsAttributes() {
    }

    /** Whether {@code tag} is an attribute of the MPPS SOP Class (private attributes are accepted as extensions). */
    static boolean known(int tag) {
        return CREATE_TYPE_1.contains(tag) || CREATE_TYPE_2.contains(tag) || SETTABLE.contains(tag)
                || CREATE_ONLY_TYPE_3.contains(tag) || org.dicomharness.dicom.Tag.isPrivate(tag);
    }
}
