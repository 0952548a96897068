package org.dicomharness.pacs.worklist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dicomharness.dicom.Uid;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.index.EventLog;
import org.dicomharness.pacs.index.HeaderCodec;
import org.dicomharness.pacs.index.Jdbc;
import org.dicomharness.pacs.index.PacsEvent.Kind;
import org.dicomharness.pacs.reconcile.PatientDemographics;
import org.dicomharness.pacs.reconcile.PatientService;
import org.dicomharness.pacs.reconcile.WorkflowException;

/**
 * Orders as the RIS places, changes and cancels them (IHE RAD-4 Procedure Scheduled, RAD-13 Procedure Updated):
 * each call is one transaction that creates or updates the patient, then the worklist item. A refused change throws
 * {@link WorkflowException} and leaves the index as it was.
 */
public final class OrderService {

    private final WorklistStore store;
    private final PatientService patients;
    private final EventLog events;

    public OrderService(WorklistStore store, PatientService patients, EventLog events) {
        this.store = store;
        this.patients = patients;
        this.events = events;
    }

    /**
     * A new order (HL7 order control NW): schedules the step for the patient, creating or updating the patient.
     *
     * @throws WorkflowException DUPLICATE_ORDER when the order already has this Scheduled Procedure Step ID
     */
    public long schedule(PatientDemographics patient, ScheduledStep step, String source) {
        return apply(patient, List.of(new OrderAction.Schedule(step)), source).get(0);
    }

    /**
     * An order change (HL7 XO): replaces the step's attributes. A new Accession Number also moves to the study the
     * step names, when that study is archived already.
     *
     * @throws WorkflowException UNKNOWN_ORDER when the order has no such step
     */
    public void update(PatientDemographics patient, ScheduledStep step, String source) {
        apply(patient, List.of(new OrderAction.Change(step)), source);
    }

    /**
     * An order cancel (HL7 CA) or discontinue (DC): every step of the order leaves the worklist, kept with status
     * CANCELED or DISCONTINUED.
     *
     * @throws WorkflowException UNKNOWN_ORDER when no step of the order is held
     */
    public void cancel(String orderKey, WorklistStatus status, String source) {
        apply(null, List.of(new OrderAction.Cancel(orderKey, status)), source);
    }

    /**
     * Applies every action of one message in one transaction: the patient (when given) is created or updated
     * first; when any action is refused nothing of the message stays.
     *
     * @return the worklist item keys scheduled or changed, in order (none for cancels)
     * @throws WorkflowException the first refusal
     */
    public List<Long> apply(PatientDemographics patient, List<OrderAction> actions, String source) {
        List<String[]> log = new ArrayList<>();
        List<Long> items = Jdbc.inTransaction(store.dataSource(), "apply an order message", c -> {
            Long patientPk = patient == null ? null : patients.upsert(c, patient);
            List<Long> out = new ArrayList<>();
            for (OrderAction action : actions) {
                if (action instanceof OrderAction.Schedule s) {
                    out.add(schedule(c, requirePatient(patientPk), s.step(), source, log));
                } else if (action instanceof OrderAction.Change ch) {
                    out.add(change(c, requirePatient(patientPk), ch.step(), source, log));
                } else if (action instanceof OrderAction.Cancel ca) {
                    cancel(c, ca, source, log);
                }
            }
            return out;
        });
        for (String[] entry : log) {
            events.record(Kind.valueOf(entry[0]), null, null, entry[1], entry[2]);
        }
        return items;
    }

    private long schedule(Connection c, long patientPk, ScheduledStep step, String source, List<String[]> log)
            throws SQLException {
        Optional<WorklistStore.Item> existing = store.byOrderAndStep(c, step.orderKey(), step.spsId());
        if (existing.isPresent()) {
            throw new WorkflowException(WorkflowException.Reason.DUPLICATE_ORDER, "order " + step.orderKey()
                    + " already has Scheduled Procedure Step " + step.spsId() + " (status "
                    + existing.get().status() + "); send an order change (XO) to modify it");
        }
        if (step.studyInstanceUid() == null || step.studyInstanceUid().isEmpty()) {
            step = step.withStudyInstanceUid(Uid.random());
        }
        long pk = store.insert(c, patientPk, step, WorklistStatus.SCHEDULED, source);
        log.add(new String[] {Kind.WORKLIST_SCHEDULED.name(), step.studyInstanceUid(), "order " + step.orderKey()
                + " step " + step.spsId() + " (" + step.modality() + ", accession " + step.accessionNumber()
                + ") scheduled from " + source});
        return pk;
    }

    private long change(Connection c, long patientPk, ScheduledStep step, String source, List<String[]> log)
            throws SQLException {
        WorklistStore.Item item = store.byOrderAndStep(c, step.orderKey(), step.spsId())
                .orElseThrow(() -> new WorkflowException(WorkflowException.Reason.UNKNOWN_ORDER, "order "
                        + step.orderKey() + " has no Scheduled Procedure Step " + step.spsId() + " to change"));
        store.update(c, item.pk(), patientPk, step, item.status());
        log.add(new String[] {Kind.WORKLIST_UPDATED.name(), step.studyInstanceUid(), "order " + step.orderKey()
                + " step " + step.spsId() + " changed from " + source});
        if (!step.sameAccession(item.accessionNumber()) && step.studyInstanceUid() != null
                && !step.studyInstanceUid().isEmpty()) {
            String moved = moveAccession(c, step.studyInstanceUid(), step.accessionNumber());
            if (moved != null) {
                log.add(new String[] {Kind.ACCESSION_MOVED.name(), step.studyInstanceUid(), moved});
            }
        }
        return item.pk();
    }

    private void cancel(Connection c, OrderAction.Cancel cancel, String source, List<String[]> log)
            throws SQLException {
        List<WorklistStore.Item> items = store.byOrder(c, cancel.orderKey());
        if (items.isEmpty()) {
            throw new WorkflowException(WorkflowException.Reason.UNKNOWN_ORDER, "order " + cancel.orderKey()
                    + " is not known to this PACS; nothing to cancel");
        }
        for (WorklistStore.Item item : items) {
            store.setStatus(c, item.pk(), cancel.status(), false);
        }
        log.add(new String[] {Kind.WORKLIST_CANCELED.name(), null, "order " + cancel.orderKey() + ": "
                + items.size() + " step(s) " + cancel.status() + " from " + source});
    }

    private static long requirePatient(Long patientPk) {
        if (patientPk == null) {
            throw new WorkflowException(WorkflowException.Reason.MISSING_VALUE,
                    "a new or changed order needs its patient (PID segment)");
        }
        return patientPk;
    }

    /** Sets Accession Number on an archived study (index column and stored study attributes). */
    private static String moveAccession(Connection c, String studyUid, String accession) throws SQLException {
        Dataset header;
        String old;
        try (PreparedStatement ps = c.prepareStatement("SELECT header, accession_number FROM study "
                + "WHERE study_instance_uid = ?")) {
            ps.setString(1, studyUid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                header = HeaderCodec.decode(rs.getBytes(1));
                old = rs.getString(2);
            }
        }
        header.setString(Tags.AccessionNumber, VR.SH, accession == null ? "" : accession);
        try (PreparedStatement ps = c.prepareStatement("UPDATE study SET accession_number = ?, header = ? "
                + "WHERE study_instance_uid = ?")) {
            ps.setString(1, accession == null || accession.isEmpty() ? null : accession);
            ps.setBytes(2, HeaderCodec.encode(header));
            ps.setString(3, studyUid);
            ps.executeUpdate();
        }
        return "study " + studyUid + ": Accession Number '" + (old == null ? "" : old) + "' -> '"
                + (accession == null ? "" : accession) + "' by an order change";
    }
}
