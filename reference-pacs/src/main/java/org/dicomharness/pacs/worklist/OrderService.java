package org.dicomharness.pacs.worklist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
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
        long pk = Jdbc.inTransaction(store.dataSource(), "schedule order " + step.orderKey(), c -> {
            Optional<WorklistStore.Item> existing = store.byOrderAndStep(c, step.orderKey(), step.spsId());
            if (existing.isPresent()) {
                throw new WorkflowException(WorkflowException.Reason.DUPLICATE_ORDER, "order " + step.orderKey()
                        + " already has Scheduled Procedure Step " + step.spsId() + " (status "
                        + existing.get().status() + "); send an order change (XO) to modify it");
            }
            long patientPk = patients.upsert(c, patient);
            return store.insert(c, patientPk, step, WorklistStatus.SCHEDULED, source);
        });
        events.record(Kind.WORKLIST_SCHEDULED, null, null, step.studyInstanceUid(), "order " + step.orderKey()
                + " step " + step.spsId() + " (" + step.modality() + ", accession " + step.accessionNumber()
                + ") scheduled for patient " + patient.key() + " from " + source);
        return pk;
    }

    /**
     * An order change (HL7 XO): replaces the step's attributes. A new Accession Number also moves to the study the
     * step names, when that study is archived already.
     *
     * @throws WorkflowException UNKNOWN_ORDER when the order has no such step
     */
    public void update(PatientDemographics patient, ScheduledStep step, String source) {
        String moved = Jdbc.inTransaction(store.dataSource(), "update order " + step.orderKey(), c -> {
            WorklistStore.Item item = store.byOrderAndStep(c, step.orderKey(), step.spsId())
                    .orElseThrow(() -> new WorkflowException(WorkflowException.Reason.UNKNOWN_ORDER, "order "
                            + step.orderKey() + " has no Scheduled Procedure Step " + step.spsId() + " to change"));
            long patientPk = patients.upsert(c, patient);
            store.update(c, item.pk(), patientPk, step, item.status());
            if (!step.sameAccession(item.accessionNumber()) && step.studyInstanceUid() != null
                    && !step.studyInstanceUid().isEmpty()) {
                return moveAccession(c, step.studyInstanceUid(), step.accessionNumber());
            }
            return null;
        });
        events.record(Kind.WORKLIST_UPDATED, null, null, step.studyInstanceUid(), "order " + step.orderKey()
                + " step " + step.spsId() + " changed from " + source);
        if (moved != null) {
            events.record(Kind.ACCESSION_MOVED, null, null, step.studyInstanceUid(), moved);
        }
    }

    /**
     * An order cancel (HL7 CA) or discontinue (DC): every step of the order leaves the worklist, kept with status
     * CANCELED or DISCONTINUED.
     *
     * @throws WorkflowException UNKNOWN_ORDER when no step of the order is held
     */
    public int cancel(String orderKey, WorklistStatus status, String source) {
        if (status != WorklistStatus.CANCELED && status != WorklistStatus.DISCONTINUED) {
            throw new IllegalArgumentException("an order is cancelled with CANCELED or DISCONTINUED, not " + status);
        }
        int count = Jdbc.inTransaction(store.dataSource(), "cancel order " + orderKey, c -> {
            List<WorklistStore.Item> items = store.byOrder(c, orderKey);
            if (items.isEmpty()) {
                throw new WorkflowException(WorkflowException.Reason.UNKNOWN_ORDER, "order " + orderKey
                        + " is not known to this PACS; nothing to cancel");
            }
            for (WorklistStore.Item item : items) {
                store.setStatus(c, item.pk(), status, false);
            }
            return items.size();
        });
        events.record(Kind.WORKLIST_CANCELED, null, null, null, "order " + orderKey + ": " + count + " step(s) "
                + status + " from " + source);
        return count;
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
