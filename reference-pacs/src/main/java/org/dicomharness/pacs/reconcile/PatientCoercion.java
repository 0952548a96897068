package org.dicomharness.pacs.reconcile;

import java.util.Optional;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.index.PatientKey;
import org.dicomharness.pacs.index.PatientRegistry;
import org.dicomharness.pacs.normalize.AttributeCoercion;
import org.dicomharness.pacs.store.IngestCoercion;

/**
 * Objects that arrive after an ADT^A40 under the prior Patient ID are filed under the surviving patient: their
 * Patient attributes are corrected to the surviving patient's (reason CORRECT, originals kept).
 */
public final class PatientCoercion implements IngestCoercion {

    /** The Patient attributes reconciliation keeps consistent with the patient row. */
    static final int[] PATIENT_TAGS = {Tags.PatientName, Tags.PatientID, Tags.IssuerOfPatientID, Tags.PatientBirthDate,
        Tags.PatientSex};

    private final PatientRegistry patients;
    private final String modifyingSystem;

    public PatientCoercion(PatientRegistry patients, String modifyingSystem) {
        this.patients = patients;
        this.modifyingSystem = modifyingSystem;
    }

    @Override
    public Optional<Result> apply(Dataset dataset, String callingAe) {
        PatientKey key = PatientRegistry.keyOf(dataset);
        PatientKey current = patients.resolve(key);
        if (current.equals(key)) {
            return Optional.empty();
        }
        Optional<PatientRegistry.Patient> survivor = patients.find(current);
        if (survivor.isEmpty()) {
            return Optional.empty();
        }
        AttributeCoercion c = new AttributeCoercion(dataset);
        copyPatient(survivor.get().attributes(), c);
        Dataset out = c.finish(AttributeCoercion.Reason.CORRECT, modifyingSystem, callingAe);
        return Optional.of(new Result(out, "patient " + key + " was merged into " + current + ": "
                + String.join("; ", c.changes())));
    }

    /** Sets the Patient attributes of {@code c}'s data set to those of {@code patient} (a patient row header). */
    static void copyPatient(Dataset patient, AttributeCoercion c) {
        for (int tag : PATIENT_TAGS) {
            try {
                if (patient.contains(tag)) {
                    c.set(tag, patient.getStrings(tag));
                }
            } catch (DicomDataException e) {
                // A value the object's character set cannot hold stays as it was; Q/R shows the index's value.
            }
        }
    }
}
