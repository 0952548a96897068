package org.dicomharness.pacs.mpps;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dicomharness.dicom.Uid;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.index.EventLog;
import org.dicomharness.pacs.index.Jdbc;
import org.dicomharness.pacs.index.PacsEvent.Kind;
import org.dicomharness.pacs.worklist.WorklistStatus;
import org.dicomharness.pacs.worklist.WorklistStore;

/**
 * The Modality Performed Procedure Step SOP Class as SCP (PS3.4 F.7): N-CREATE makes an instance IN PROGRESS,
 * N-SET changes it until it reaches COMPLETED or DISCONTINUED, after which nothing may change. Every rule of
 * Table F.7.2-1 that is broken is answered with the PS3.7 status that names it and an Error Comment saying why;
 * a refused request changes nothing. A step that names a worklist item (Scheduled Procedure Step ID, narrowed by
 * Accession Number and Study Instance UID) moves it to STARTED, then COMPLETED or DISCONTINUED.
 */
public final class MppsService {

    public static final String IN_PROGRESS = "IN PROGRESS";
    public static final String COMPLETED = "COMPLETED";
    public static final String DISCONTINUED = "DISCONTINUED";

    private final MppsStore store;
    private final WorklistStore worklist;
    private final EventLog events;

    public MppsService(MppsStore store, WorklistStore worklist, EventLog events) {
        this.store = store;
        this.worklist = worklist;
        this.events = events;
    }

    /**
     * N-CREATE (PS3.4 F.7.2.1).
     *
     * @param sopInstanceUid Affected SOP Instance UID of the request, or {@code null} for the SCP to assign one
     * @param attributes     the request's data set
     * @param callingAe      the requestor
     */
    public MppsResult create(String sopInstanceUid, Dataset attributes, String callingAe) {
        String uid = sopInstanceUid == null || sopInstanceUid.isEmpty() ? Uid.random() : sopInstanceUid;
        Optional<String> uidProblem = Uid.problem(uid);
        if (uidProblem.isPresent()) {
            return refused(callingAe, MppsResult.failure(MppsResult.INVALID_SOP_INSTANCE, uid,
                    "Affected SOP Instance UID refused: " + uidProblem.get(), List.of()));
        }
        MppsResult invalid = checkCreate(uid, attributes);
        if (invalid != null) {
            return refused(callingAe, invalid);
        }
        String studyUid = studyOf(attributes);
        MppsResult result = Jdbc.inTransaction(store.dataSource(), "create MPPS " + uid, c -> {
            if (store.find(c, uid).isPresent()) {
                return MppsResult.failure(MppsResult.DUPLICATE_SOP_INSTANCE, uid, "an MPPS instance " + uid
                        + " exists already (PS3.4 F.7.2.1: N-CREATE of an existing instance)", List.of());
            }
            long pk = store.insert(c, uid, IN_PROGRESS, callingAe, studyUid, attributes.copy());
            store.replaceReferences(c, pk, studyUid, attributes);
            markSteps(c, attributes, WorklistStatus.STARTED);
            return outOfRange(uid, attributes);
        });
        if (result.isFailure()) {
            return refused(callingAe, result);
        }
        events.record(Kind.MPPS_CREATED, callingAe, uid, studyUid, "MPPS " + uid + " IN PROGRESS, PPS ID "
                + attributes.getString(Tags.PerformedProcedureStepID) + ", modality "
                + attributes.getString(Tags.Modality));
        return result;
    }

    /** N-SET (PS3.4 F.7.2.2). */
    public MppsResult set(String sopInstanceUid, Dataset modifications, String callingAe) {
        MppsResult result = Jdbc.inTransaction(store.dataSource(), "update MPPS " + sopInstanceUid, c -> {
            Optional<MppsStore.Instance> found = store.find(c, sopInstanceUid);
            if (found.isEmpty()) {
                return MppsResult.failure(MppsResult.NO_SUCH_SOP_INSTANCE, sopInstanceUid, "no MPPS instance "
                        + sopInstanceUid + " was created here (N-CREATE first, PS3.4 F.7.2.2)", List.of());
            }
            MppsStore.Instance current = found.get();
            if (!current.status().equals(IN_PROGRESS)) {
                return new MppsResult(MppsResult.PROCESSING_FAILURE, sopInstanceUid,
                        MppsResult.MAY_NO_LONGER_BE_UPDATED + ": its status is " + current.status() + " since "
                        + current.finalAt() + " (PS3.4 F.7.2.2)", MppsResult.ERROR_ID_MAY_NO_LONGER_BE_UPDATED,
                        List.of());
            }
            MppsResult invalid = checkSet(sopInstanceUid, modifications);
            if (invalid != null) {
                return invalid;
            }
            Dataset merged = current.attributes().copy();
            merged.addAll(modifications);
            String status = merged.getString(Tags.PerformedProcedureStepStatus);
            MppsResult finalProblem = checkFinal(sopInstanceUid, merged, status);
            if (finalProblem != null) {
                return finalProblem;
            }
            boolean isFinal = !status.equals(IN_PROGRESS);
            store.update(c, current.pk(), status, merged, isFinal);
            store.replaceReferences(c, current.pk(), current.studyInstanceUid(), merged);
            if (isFinal) {
                markSteps(c, merged, status.equals(COMPLETED) ? WorklistStatus.COMPLETED : WorklistStatus.DISCONTINUED);
            }
            return outOfRange(sopInstanceUid, merged);
        });
        if (result.isFailure()) {
            return refused(callingAe, result);
        }
        Optional<MppsStore.Instance> now = store.find(sopInstanceUid);
        events.record(Kind.MPPS_UPDATED, callingAe, sopInstanceUid, now.map(MppsStore.Instance::studyInstanceUid)
                .orElse(null), "MPPS " + sopInstanceUid + " now " + now.map(MppsStore.Instance::status).orElse("?"));
        return result;
    }

    // ------------------------------------------------------------------ rules

    private static MppsResult checkCreate(String uid, Dataset ds) {
        List<Integer> unknown = new ArrayList<>();
        for (DataElement e : ds) {
            if (e.tag() != Tags.SpecificCharacterSet && !MppsAttributes.known(e.tag())) {
                unknown.add(e.tag());
            }
        }
        if (!unknown.isEmpty()) {
            return MppsResult.failure(MppsResult.NO_SUCH_ATTRIBUTE, uid, describe(unknown)
                    + " not attribute(s) of the MPPS SOP Class (PS3.4 Table F.7.2-1)", unknown);
        }
        List<Integer> missing = new ArrayList<>();
        List<Integer> empty = new ArrayList<>();
        classify(ds, MppsAttributes.CREATE_TYPE_1, MppsAttributes.CREATE_TYPE_2, missing, empty);
        Sequence steps = sequence(ds, Tags.ScheduledStepAttributesSequence);
        if (steps != null) {
            for (Dataset item : steps) {
                classify(item, MppsAttributes.STEP_TYPE_1, MppsAttributes.STEP_TYPE_2, missing, empty);
            }
        }
        if (!missing.isEmpty()) {
            return MppsResult.failure(MppsResult.MISSING_ATTRIBUTE, uid, "N-CREATE lacks " + names(missing)
                    + " (Type 1/2 at N-CREATE, PS3.4 Table F.7.2-1)", missing);
        }
        if (!empty.isEmpty()) {
            return MppsResult.failure(MppsResult.MISSING_ATTRIBUTE_VALUE, uid, "N-CREATE gives no value for "
                    + names(empty) + " (Type 1 at N-CREATE, PS3.4 Table F.7.2-1)", empty);
        }
        String status = ds.getString(Tags.PerformedProcedureStepStatus);
        if (!IN_PROGRESS.equals(status)) {
            return MppsResult.failure(MppsResult.INVALID_ATTRIBUTE_VALUE, uid, "Performed Procedure Step Status is '"
                    + status + "'; N-CREATE must create the step IN PROGRESS (PS3.4 F.7.2.1)",
                    List.of(Tags.PerformedProcedureStepStatus));
        }
        return checkFormats(uid, ds);
    }

    private static MppsResult checkSet(String uid, Dataset ds) {
        List<Integer> unknown = new ArrayList<>();
        List<Integer> notAllowed = new ArrayList<>();
        for (DataElement e : ds) {
            if (!MppsAttributes.known(e.tag()) && e.tag() != Tags.SpecificCharacterSet) {
                unknown.add(e.tag());
            } else if (!MppsAttributes.SETTABLE.contains(e.tag()) && !org.dicomharness.dicom.Tag.isPrivate(e.tag())) {
                notAllowed.add(e.tag());
            }
        }
        if (!unknown.isEmpty()) {
            return MppsResult.failure(MppsResult.NO_SUCH_ATTRIBUTE, uid, describe(unknown)
                    + " not attribute(s) of the MPPS SOP Class (PS3.4 Table F.7.2-1)", unknown);
        }
        if (!notAllowed.isEmpty()) {
            return MppsResult.failure(MppsResult.INVALID_ATTRIBUTE_VALUE, uid, describe(notAllowed)
                    + " may not be changed by N-SET (\"Not allowed\" in PS3.4 Table F.7.2-1)", notAllowed);
        }
        if (ds.contains(Tags.PerformedProcedureStepStatus)) {
            String status = ds.getString(Tags.PerformedProcedureStepStatus);
            if (status == null || !MppsAttributes.STATUSES.contains(status)) {
                return MppsResult.failure(MppsResult.INVALID_ATTRIBUTE_VALUE, uid, "Performed Procedure Step Status '"
                        + status + "' is not IN PROGRESS, COMPLETED or DISCONTINUED (PS3.3 C.4.14)",
                        List.of(Tags.PerformedProcedureStepStatus));
            }
        }
        return checkFormats(uid, ds);
    }

    /** F.7.2.2: before COMPLETED (or DISCONTINUED) the final-state attributes need their values. */
    private static MppsResult checkFinal(String uid, Dataset ds, String status) {
        if (status.equals(IN_PROGRESS)) {
            return null;
        }
        List<Integer> missing = new ArrayList<>();
        List<String> where = new ArrayList<>();
        Set<Integer> required = status.equals(COMPLETED) ? MppsAttributes.FINAL_TYPE_1
                : Set.of(Tags.PerformedProcedureStepEndDate, Tags.PerformedProcedureStepEndTime);
        for (int tag : required) {
            if (!ds.containsValue(tag)) {
                missing.add(tag);
                where.add(Dataset.describe(tag));
            }
        }
        Sequence series = sequence(ds, Tags.PerformedSeriesSequence);
        if (status.equals(COMPLETED) && series != null) {
            int n = 0;
            for (Dataset item : series) {
                n++;
                for (var rule : MppsAttributes.FINAL_SERIES.entrySet()) {
                    boolean bad = rule.getValue() == 1 ? !item.containsValue(rule.getKey()) : !item.contains(rule.getKey());
                    if (bad) {
                        missing.add(rule.getKey());
                        where.add("PerformedSeriesSequence item " + n + " " + Dataset.describe(rule.getKey()));
                    }
                }
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        return MppsResult.failure(MppsResult.PROCESSING_FAILURE, uid, "cannot set " + status + ": "
                + String.join(", ", where) + " must have a value in the final state (PS3.4 Table F.7.2-1, Final State "
                + "Requirements)", missing);
    }

    private static MppsResult checkFormats(String uid, Dataset ds) {
        for (int tag : new int[] {Tags.PerformedProcedureStepStartDate, Tags.PerformedProcedureStepEndDate}) {
            String v = ds.getString(tag);
            if (v != null && !v.matches("\\d{8}")) {
                return MppsResult.failure(MppsResult.INVALID_ATTRIBUTE_VALUE, uid, Dataset.describe(tag) + " '" + v
                        + "' is not a DA value YYYYMMDD (PS3.5 Table 6.2-1)", List.of(tag));
            }
        }
        for (int tag : new int[] {Tags.PerformedProcedureStepStartTime, Tags.PerformedProcedureStepEndTime}) {
            String v = ds.getString(tag);
            if (v != null && !v.matches("\\d{2}(\\d{2}(\\d{2}(\\.\\d{1,6})?)?)?")) {
                return MppsResult.failure(MppsResult.INVALID_ATTRIBUTE_VALUE, uid, Dataset.describe(tag) + " '" + v
                        + "' is not a TM value HHMMSS.FFFFFF (PS3.5 Table 6.2-1)", List.of(tag));
            }
        }
        return null;
    }

    /** 0116 (Warning): the step ends before it started; the values are kept as sent. */
    private static MppsResult outOfRange(String uid, Dataset ds) {
        String start = ds.getString(Tags.PerformedProcedureStepStartDate, "") + pad(ds.getString(
                Tags.PerformedProcedureStepStartTime, ""));
        String end = ds.getString(Tags.PerformedProcedureStepEndDate, "") + pad(ds.getString(
                Tags.PerformedProcedureStepEndTime, ""));
        if (start.length() >= 8 && end.length() >= 8 && end.compareTo(start) < 0) {
            return MppsResult.failure(MppsResult.ATTRIBUTE_VALUE_OUT_OF_RANGE, uid, "Performed Procedure Step End "
                    + end.strip() + " is before its Start " + start.strip() + "; stored as sent",
                    List.of(Tags.PerformedProcedureStepEndDate, Tags.PerformedProcedureStepEndTime));
        }
        return MppsResult.success(uid);
    }

    private static String pad(String time) {
        return time.isEmpty() ? "" : (time + "000000").substring(0, 6);
    }

    private static void classify(Dataset ds, Set<Integer> type1, Set<Integer> type2, List<Integer> missing,
                                 List<Integer> empty) {
        for (int tag : type1) {
            if (!ds.contains(tag)) {
                missing.add(tag);
            } else if (!ds.containsValue(tag)) {
                empty.add(tag);
            }
        }
        for (int tag : type2) {
            if (!ds.contains(tag)) {
                missing.add(tag);
            }
        }
        missing.sort(Integer::compareUnsigned);
        empty.sort(Integer::compareUnsigned);
    }

    /** Moves the worklist items the MPPS names to {@code status}. */
    private void markSteps(Connection c, Dataset ds, WorklistStatus status) throws SQLException {
        Sequence steps = sequence(ds, Tags.ScheduledStepAttributesSequence);
        if (steps == null) {
            return;
        }
        for (Dataset step : steps) {
            String spsId = step.getString(Tags.ScheduledProcedureStepID);
            if (spsId == null) {
                continue; // an unscheduled step (PS3.4 F.7.2.1: Type 2, empty when not from a worklist)
            }
            for (WorklistStore.Item item : worklist.byStep(c, spsId, step.getString(Tags.AccessionNumber),
                    step.getString(Tags.StudyInstanceUID))) {
                worklist.setStatus(c, item.pk(), status, true);
            }
        }
    }

    private MppsResult refused(String callingAe, MppsResult result) {
        events.record(Kind.MPPS_REFUSED, callingAe, result.sopInstanceUid(), null, String.format("%04X ", result.status())
                + result.errorComment());
        return result;
    }

    private static String studyOf(Dataset ds) {
        Sequence steps = sequence(ds, Tags.ScheduledStepAttributesSequence);
        return steps == null || steps.isEmpty() ? null : steps.get(0).getString(Tags.StudyInstanceUID);
    }

    private static Sequence sequence(Dataset ds, int tag) {
        try {
            return ds.getSequence(tag);
        } catch (DicomDataException e) {
            return null;
        }
    }

    private static String describe(List<Integer> tags) {
        return names(tags) + (tags.size() == 1 ? " is" : " are");
    }

    private static String names(List<Integer> tags) {
        List<String> names = new ArrayList<>();
        tags.forEach(t -> names.add(Dataset.describe(t)));
        return String.join(", ", names);
    }
}
