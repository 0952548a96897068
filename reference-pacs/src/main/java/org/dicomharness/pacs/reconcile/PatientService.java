package org.dicomharness.pacs.reconcile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.dicomharness.pacs.index.EventLog;
import org.dicomharness.pacs.index.Jdbc;
import org.dicomharness.pacs.index.PacsEvent.Kind;
import org.dicomharness.pacs.index.PatientKey;
import org.dicomharness.pacs.index.PatientRegistry;
import org.dicomharness.pacs.index.PatientRegistry.Patient;

/**
 * Patient administration as the HL7 ADT messages drive it: register (A01, A04), update (A08) and merge (A40).
 * Each call is one transaction; a refused change throws {@link WorkflowException} and leaves the index unchanged.
 * Later C-FIND responses take Patient attributes from the updated rows; retrieved objects are coerced by
 * {@link RetrieveCoercion}.
 */
public final class PatientService {

    private final PatientRegistry patients;
    private final EventLog events;

    public PatientService(PatientRegistry patients, EventLog events) {
        this.patients = patients;
        this.events = events;
    }

    /** A01/A04: creates the patient, or updates it when it is known. Returns the patient row's key. */
    public long register(PatientDemographics patient) {
        long pk = Jdbc.inTransaction(patients.dataSource(), "register patient " + patient.key(),
                c -> upsert(c, patient));
        events.record(Kind.PATIENT_REGISTERED, null, null, null, "patient " + patient.key() + " registered");
        return pk;
    }

    /**
     * A08: updates a known patient's demographics.
     *
     * @throws WorkflowException UNKNOWN_PATIENT when the patient is not known (or was merged into another)
     */
    public void update(PatientDemographics patient) {
        Jdbc.inTransaction(patients.dataSource(), "update patient " + patient.key(), c -> {
            Patient existing = known(c, patient.key(), "update");
            patients.update(c, existing.pk(), patient.applyTo(existing.attributes()));
            return null;
        });
        events.record(Kind.PATIENT_UPDATED, null, null, null, "patient " + patient.key() + " updated: "
                + describe(patient));
    }

    /**
     * A40: merges {@code prior} into {@code surviving} (whose demographics are applied as in an update). The
     * studies and worklist items of the prior patient move to the surviving one.
     *
     * @throws WorkflowException SELF_MERGE when both name the same patient, UNKNOWN_PATIENT when either is unknown
     */
    public int merge(PatientKey prior, PatientDemographics surviving, String messageControlId) {
        if (prior.equals(surviving.key())) {
            throw new WorkflowException(WorkflowException.Reason.SELF_MERGE, "the prior patient " + prior
                    + " (MRG-1) is the surviving patient (PID-3): a patient cannot be merged into itself");
        }
        int moved = Jdbc.inTransaction(patients.dataSource(), "merge patient " + prior + " into " + surviving.key(),
                c -> {
                    Patient from = known(c, prior, "merge (prior patient, MRG-1)");
                    Patient into = known(c, surviving.key(), "merge into (surviving patient, PID-3)");
                    patients.update(c, into.pk(), surviving.applyTo(into.attributes()));
                    return patients.merge(c, from, into, messageControlId);
                });
        events.record(Kind.PATIENT_MERGED, null, null, null, "patient " + prior + " merged into "
                + surviving.key() + ": " + moved + " stud" + (moved == 1 ? "y" : "ies") + " moved");
        return moved;
    }

    /** Creates or updates a patient inside the caller's transaction (orders carry the patient too). */
    public long upsert(Connection c, PatientDemographics patient) throws SQLException {
        Optional<Patient> existing = patients.find(c, patient.key());
        if (existing.isPresent() && existing.get().mergedInto() != null) {
            Patient survivor = patients.get(c, existing.get().mergedInto());
            throw new WorkflowException(WorkflowException.Reason.UNKNOWN_PATIENT, "patient " + patient.key()
                    + " was merged into " + survivor.key() + "; send messages for the surviving patient");
        }
        if (existing.isPresent()) {
            patients.update(c, existing.get().pk(), patient.applyTo(existing.get().attributes()));
            return existing.get().pk();
        }
        return patients.create(c, patient.toDataset());
    }

    private Patient known(Connection c, PatientKey key, String action) throws SQLException {
        Optional<Patient> found = patients.find(c, key);
        if (found.isEmpty()) {
            throw new WorkflowException(WorkflowException.Reason.UNKNOWN_PATIENT, "cannot " + action + ": patient "
                    + key + " is not known to this PACS");
        }
        if (found.get().mergedInto() != null) {
            Patient survivor = patients.get(c, found.get().mergedInto());
            throw new WorkflowException(WorkflowException.Reason.UNKNOWN_PATIENT, "cannot " + action + ": patient "
                    + key + " was merged into " + survivor.key());
        }
        return found.get();
    }

    private static String describe(PatientDemographics p) {
        return "name=" + p.name() + ", birth date=" + p.birthDate() + ", sex=" + p.sex();
    }
}
