package org.dicomharness.pacs.reconcile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.index.Jdbc;
import org.dicomharness.pacs.index.PatientRegistry;
import org.dicomharness.pacs.index.StoredInstance;
import org.dicomharness.pacs.normalize.AttributeCoercion;

/**
 * What the C-MOVE and C-GET paths apply to each object before sending it: the stored file keeps what the modality
 * sent, but after an ADT^A08 update, an A40 merge or an order change of the Accession Number, the object goes out
 * with the Patient attributes of the patient its study is filed under now and the study's current Accession
 * Number, the replaced values in a new Original Attributes Sequence item (reason CORRECT). Objects nothing changed
 * for are returned unchanged (the same instance), so that they can be sent bit for bit.
 */
public final class RetrieveCoercion {

    private final PatientRegistry patients;
    private final String modifyingSystem;

    public RetrieveCoercion(PatientRegistry patients, String modifyingSystem) {
        this.patients = patients;
        this.modifyingSystem = modifyingSystem;
    }

    /** {@code dataset} (read from {@code instance}'s file) as it must be sent now. */
    public Dataset apply(StoredInstance instance, Dataset dataset) {
        AttributeCoercion c = new AttributeCoercion(dataset);
        Optional<PatientRegistry.Patient> patient = patients.patientOfStudy(instance.studyInstanceUid());
        patient.ifPresent(p -> PatientCoercion.copyPatient(p.attributes(), c));
        String accession = accessionOf(instance.studyInstanceUid());
        try {
            if (accession != null) {
                c.set(Tags.AccessionNumber, accession);
            } else if (dataset.containsValue(Tags.AccessionNumber)) {
                c.set(Tags.AccessionNumber, "");
            }
        } catch (DicomDataException e) {
            // Accession Numbers are SH in the default repertoire; nothing to do for an unreadable one.
        }
        if (!c.isChanged()) {
            return dataset;
        }
        return c.finish(AttributeCoercion.Reason.CORRECT, modifyingSystem, null);
    }

    private String accessionOf(String studyUid) {
        return Jdbc.read(patients.dataSource(), "read the accession number of " + studyUid, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT accession_number FROM study "
                    + "WHERE study_instance_uid = ?")) {
                ps.setString(1, studyUid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }
}
