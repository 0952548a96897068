package org.dicomharness.pacs.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/**
 * The patient rows of the index as reconciliation sees them: found by {@link PatientKey}, created and updated from
 * demographics (HL7 ADT, orders), merged (ADT^A40), and resolved through earlier merges. Methods taking a
 * {@link Connection} run inside the caller's transaction.
 */
public final class PatientRegistry {

    /** A patient row: its key, its stored Patient-level attributes, and the patient it was merged into, if any. */
    public record Patient(long pk, PatientKey key, Dataset attributes, Long mergedInto) {
    }

    private static final int MAX_MERGE_CHAIN = 32;

    private final DataSource dataSource;

    public PatientRegistry(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Optional<Patient> find(Connection c, PatientKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pk, patient_id, issuer_of_patient_id, header, "
                + "merged_into_fk FROM patient WHERE patient_id = ? AND issuer_of_patient_id = ?")) {
            ps.setString(1, key.patientId());
            ps.setString(2, key.issuer());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(patient(rs)) : Optional.empty();
            }
        }
    }

    public Optional<Patient> find(PatientKey key) {
        return Jdbc.read(dataSource, "look up patient " + key, c -> find(c, key));
    }

    public Patient get(Connection c, long pk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pk, patient_id, issuer_of_patient_id, header, "
                + "merged_into_fk FROM patient WHERE pk = ?")) {
            ps.setLong(1, pk);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("patient row " + pk + " vanished");
                }
                return patient(rs);
            }
        }
    }

    /** Creates a patient row from Patient-level attributes (Patient ID and Issuer of Patient ID among them). */
    public long create(Connection c, Dataset attributes) throws SQLException {
        PatientKey key = keyOf(attributes);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO patient (patient_id, issuer_of_patient_id, "
                + "patient_name, patient_birth_date, patient_sex, header, created_at, updated_at) "
                + "VALUES (?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, key.patientId());
            ps.setString(2, key.issuer());
            ps.setString(3, Jdbc.fit(attributes.getString(Tags.PatientName), 400));
            ps.setString(4, Jdbc.fit(attributes.getString(Tags.PatientBirthDate), 8));
            ps.setString(5, Jdbc.fit(attributes.getString(Tags.PatientSex), 16));
            ps.setBytes(6, HeaderCodec.encode(attributes));
            ps.setTimestamp(7, Jdbc.now());
            ps.setTimestamp(8, Jdbc.now());
            ps.executeUpdate();
            return Jdbc.generatedKey(ps);
        }
    }

    /** Replaces a patient's attributes (the key columns stay: a new Patient ID is a merge, not an update). */
    public void update(Connection c, long pk, Dataset attributes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE patient SET patient_name = ?, patient_birth_date = ?, "
                + "patient_sex = ?, header = ?, updated_at = ? WHERE pk = ?")) {
            ps.setString(1, Jdbc.fit(attributes.getString(Tags.PatientName), 400));
            ps.setString(2, Jdbc.fit(attributes.getString(Tags.PatientBirthDate), 8));
            ps.setString(3, Jdbc.fit(attributes.getString(Tags.PatientSex), 16));
            ps.setBytes(4, HeaderCodec.encode(attributes));
            ps.setTimestamp(5, Jdbc.now());
            ps.setLong(6, pk);
            ps.executeUpdate();
        }
    }

    /**
     * Merges {@code prior} into {@code surviving}: its studies and worklist items move to the surviving patient,
     * the prior row records where it went, and the merge is remembered so that objects arriving later under the
     * prior Patient ID are filed under the surviving one.
     *
     * @return the number of studies moved
     */
    public int merge(Connection c, Patient prior, Patient surviving, String messageControlId) throws SQLException {
        int studies;
        try (PreparedStatement ps = c.prepareStatement("UPDATE study SET patient_fk = ? WHERE patient_fk = ?")) {
            ps.setLong(1, surviving.pk());
            ps.setLong(2, prior.pk());
            studies = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE worklist_item SET patient_fk = ? WHERE patient_fk = ?")) {
            ps.setLong(1, surviving.pk());
            ps.setLong(2, prior.pk());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE patient SET merged_into_fk = ?, updated_at = ? "
                + "WHERE pk = ?")) {
            ps.setLong(1, surviving.pk());
            ps.setTimestamp(2, Jdbc.now());
            ps.setLong(3, prior.pk());
            ps.executeUpdate();
        }
        // A patient merged before and un-merged by a later message would need a new row; PS3 has no un-merge.
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM patient_merge WHERE prior_patient_id = ? "
                + "AND prior_issuer = ?")) {
            ps.setString(1, prior.key().patientId());
            ps.setString(2, prior.key().issuer());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO patient_merge (prior_patient_id, prior_issuer, "
                + "surviving_patient_id, surviving_issuer, message_control_id, merged_at) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, prior.key().patientId());
            ps.setString(2, prior.key().issuer());
            ps.setString(3, surviving.key().patientId());
            ps.setString(4, surviving.key().issuer());
            ps.setString(5, Jdbc.fit(messageControlId, 64));
            ps.setTimestamp(6, Jdbc.now());
            ps.executeUpdate();
        }
        return studies;
    }

    /** The patient a key stands for now: itself, or where merges moved it. */
    public PatientKey resolve(PatientKey key) {
        return Jdbc.read(dataSource, "resolve patient merges of " + key, c -> {
            PatientKey current = key;
            Set<PatientKey> seen = new HashSet<>();
            for (int i = 0; i < MAX_MERGE_CHAIN && seen.add(current); i++) {
                Optional<PatientKey> next = mergedInto(c, current);
                if (next.isEmpty()) {
                    return current;
                }
                current = next.get();
            }
            throw new IndexException("the merges of patient " + key + " form a cycle or a chain longer than "
                    + MAX_MERGE_CHAIN + "; the patient_merge table needs repair");
        });
    }

    /** The attributes of the patient a study is filed under now. */
    public Optional<Patient> patientOfStudy(String studyInstanceUid) {
        return Jdbc.read(dataSource, "read the patient of study " + studyInstanceUid, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT p.pk, p.patient_id, p.issuer_of_patient_id, "
                    + "p.header, p.merged_into_fk FROM study st JOIN patient p ON st.patient_fk = p.pk "
                    + "WHERE st.study_instance_uid = ?")) {
                ps.setString(1, studyInstanceUid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(patient(rs)) : Optional.empty();
                }
            }
        });
    }

    private static Optional<PatientKey> mergedInto(Connection c, PatientKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT surviving_patient_id, surviving_issuer FROM "
                + "patient_merge WHERE prior_patient_id = ? AND prior_issuer = ?")) {
            ps.setString(1, key.patientId());
            ps.setString(2, key.issuer());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new PatientKey(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    public static PatientKey keyOf(Dataset attributes) {
        return new PatientKey(attributes.getString(Tags.PatientID), attributes.getString(Tags.IssuerOfPatientID));
    }

    private static Patient patient(ResultSet rs) throws SQLException {
        long merged = rs.getLong(5);
        Long mergedInto = rs.wasNull() ? null : merged;
        return new Patient(rs.getLong(1), new PatientKey(rs.getString(2), rs.getString(3)),
                HeaderCodec.decode(rs.getBytes(4)), mergedInto);
    }
}
