package org.dicomharness.pacs.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.query.QueryLevel;

/**
 * The patient / study / series / instance index (PS3.4 C.6 information model) over JDBC. Every change that
 * stores an object is one transaction: either the object is fully indexed or not at all.
 */
public final class InstanceIndex {

    static final String INSTANCE_COLUMNS = "i.pk, i.sop_instance_uid, i.version, i.sop_class_uid, "
            + "i.transfer_syntax_uid, i.file_path, i.file_size, i.sha256, i.received_from_ae, i.received_at, "
            + "i.state, se.series_instance_uid, st.study_instance_uid, p.patient_id";
    static final String INSTANCE_JOIN = " FROM instance i JOIN series se ON i.series_fk = se.pk "
            + "JOIN study st ON se.study_fk = st.pk JOIN patient p ON st.patient_fk = p.pk";

    private final DataSource dataSource;
    private final EntityLevels levels = EntityLevels.standard();

    public InstanceIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The newest version of an object that is ACTIVE or QUARANTINED (what a new arrival is compared with). */
    public Optional<StoredInstance> current(String sopInstanceUid) {
        return current(select(" WHERE i.sop_instance_uid = ? ORDER BY i.version DESC", sopInstanceUid));
    }

    private static Optional<StoredInstance> current(List<StoredInstance> versionsNewestFirst) {
        return versionsNewestFirst.stream().filter(v -> v.state() != InstanceState.SUPERSEDED).findFirst();
    }

    /** What the index holds for an object arriving with these UIDs, in one visit to the database. */
    public Arrival arrival(String sopInstanceUid, String studyInstanceUid) {
        try (Connection c = dataSource.getConnection()) {
            Optional<PatientKey> filedUnder;
            try (PreparedStatement ps = c.prepareStatement("SELECT p.patient_id, p.issuer_of_patient_id FROM study st "
                    + "JOIN patient p ON st.patient_fk = p.pk WHERE st.study_instance_uid = ?")) {
                ps.setString(1, studyInstanceUid);
                try (ResultSet rs = ps.executeQuery()) {
                    filedUnder = rs.next() ? Optional.of(new PatientKey(rs.getString(1), rs.getString(2)))
                            : Optional.empty();
                }
            }
            List<StoredInstance> versions = select(c, " WHERE i.sop_instance_uid = ? ORDER BY i.version DESC",
                    sopInstanceUid);
            return new Arrival(filedUnder, current(versions), versions.isEmpty() ? 0 : versions.get(0).version());
        } catch (SQLException e) {
            throw new IndexException("cannot look up " + sopInstanceUid + " and its study " + studyInstanceUid + ": "
                    + e.getMessage(), e);
        }
    }

    /** Indexes a new object (creating its patient, study and series as needed) in one transaction. */
    public long insert(NewInstance instance) {
        return insert(instance, List.of());
    }

    /** Indexes a new object and writes the events that report it, in one transaction. */
    public long insert(NewInstance instance, List<PendingEvent> events) {
        return inTransaction(events, c -> insert(c, instance));
    }

    /** Overwrite policy: the old row goes, the new one comes, atomically, with the events that report it. */
    public long replace(StoredInstance old, NewInstance instance, List<PendingEvent> events) {
        return inTransaction(events, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM instance WHERE pk = ?")) {
                ps.setLong(1, old.pk());
                ps.executeUpdate();
            }
            return insert(c, instance);
        });
    }

    /** Keep-both policy: the old version is SUPERSEDED and the new one indexed, atomically, with its events. */
    public long supersede(StoredInstance old, NewInstance instance, List<PendingEvent> events) {
        return inTransaction(events, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE instance SET state = 'SUPERSEDED' WHERE pk = ?")) {
                ps.setLong(1, old.pk());
                ps.executeUpdate();
            }
            return insert(c, instance);
        });
    }

    public void deleteRow(long instancePk) {
        inTransaction(List.of(), c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM instance WHERE pk = ?")) {
                ps.setLong(1, instancePk);
                return (long) ps.executeUpdate();
            }
        });
    }

    /** Every file path the index references, for start-up reconciliation with the files on disk. */
    public Set<String> allFilePaths() {
        Set<String> out = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT file_path FROM instance")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IndexException("cannot list indexed files: " + e.getMessage(), e);
        }
    }

    /** All rows (any state), for reconciliation and monitoring. */
    public List<StoredInstance> all() {
        return select(" ORDER BY i.pk");
    }

    /** Instances by a WHERE clause over the instance/series/study/patient join (aliases i, se, st, p). */
    public List<StoredInstance> select(String whereAndOrder, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            return select(c, whereAndOrder, params);
        } catch (SQLException e) {
            throw new IndexException("index query failed: " + e.getMessage(), e);
        }
    }

    private static List<StoredInstance> select(Connection c, String whereAndOrder, Object... params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + INSTANCE_COLUMNS + INSTANCE_JOIN + whereAndOrder)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<StoredInstance> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(instance(rs));
                }
            }
            return out;
        }
    }

    static StoredInstance instance(ResultSet rs) throws SQLException {
        return new StoredInstance(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
                InstanceState.valueOf(rs.getString(11)), rs.getString(12), rs.getString(13), rs.getString(14));
    }

    // ------------------------------------------------------------------ insertion

    private long insert(Connection c, NewInstance n) throws SQLException {
        Dataset ds = n.dataset();
        Timestamp now = Timestamp.from(Instant.now());
        long patient = patientPk(c, ds, now);
        long study = studyPk(c, ds, patient, now);
        long series = seriesPk(c, ds, study, now);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO instance (series_fk, sop_instance_uid, version, "
                + "sop_class_uid, instance_number, transfer_syntax_uid, file_path, file_size, sha256, "
                + "received_from_ae, received_at, state, header, stored_sha256) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, series);
            ps.setString(2, n.sopInstanceUid());
            ps.setInt(3, n.version());
            ps.setString(4, n.sopClassUid());
            ps.setString(5, value(ds, Tags.InstanceNumber, 12));
            ps.setString(6, n.transferSyntaxUid());
            ps.setString(7, n.filePath());
            ps.setLong(8, n.fileSize());
            ps.setString(9, n.sha256());
            ps.setString(10, n.receivedFromAe());
            ps.setTimestamp(11, now);
            ps.setString(12, n.state().name());
            ps.setBytes(13, HeaderCodec.encode(ds));
            ps.setString(14, n.storedSha256());
            ps.executeUpdate();
            return generatedKey(ps);
        }
    }

    private long patientPk(Connection c, Dataset ds, Timestamp now) throws SQLException {
        String id = nonNull(value(ds, Tags.PatientID, 64));
        String issuer = nonNull(value(ds, Tags.IssuerOfPatientID, 64));
        Long existing = findPk(c, "SELECT pk FROM patient WHERE patient_id = ? AND issuer_of_patient_id = ?",
                id, issuer);
        if (existing != null) {
            return existing;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO patient (patient_id, issuer_of_patient_id, "
                + "patient_name, patient_birth_date, patient_sex, header, created_at) VALUES (?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, id);
            ps.setString(2, issuer);
            ps.setString(3, value(ds, Tags.PatientName, 400));
            ps.setString(4, value(ds, Tags.PatientBirthDate, 8));
            ps.setString(5, value(ds, Tags.PatientSex, 16));
            ps.setBytes(6, HeaderCodec.encode(levels.subset(ds, QueryLevel.PATIENT)));
            ps.setTimestamp(7, now);
            ps.executeUpdate();
            return generatedKey(ps);
        }
    }

    private long studyPk(Connection c, Dataset ds, long patient, Timestamp now) throws SQLException {
        String uid = ds.getString(Tags.StudyInstanceUID);
        Long existing = findPk(c, "SELECT pk FROM study WHERE study_instance_uid = ?", uid);
        if (existing != null) {
            return existing;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO study (patient_fk, study_instance_uid, study_date, "
                + "study_time, accession_number, study_id, study_description, referring_physician, header, "
                + "created_at) VALUES (?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, patient);
            ps.setString(2, uid);
            ps.setString(3, value(ds, Tags.StudyDate, 8));
            ps.setString(4, value(ds, Tags.StudyTime, 16));
            ps.setString(5, value(ds, Tags.AccessionNumber, 64));
            ps.setString(6, value(ds, Tags.StudyID, 16));
            ps.setString(7, value(ds, Tags.StudyDescription, 64));
            ps.setString(8, value(ds, Tags.ReferringPhysicianName, 400));
            ps.setBytes(9, HeaderCodec.encode(levels.subset(ds, QueryLevel.STUDY)));
            ps.setTimestamp(10, now);
            ps.executeUpdate();
            return generatedKey(ps);
        }
    }

    private long seriesPk(Connection c, Dataset ds, long study, Timestamp now) throws SQLException {
        String uid = ds.getString(Tags.SeriesInstanceUID);
        Long existing = findPk(c, "SELECT pk FROM series WHERE series_instance_uid = ?", uid);
        if (existing != null) {
            return existing;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO series (study_fk, series_instance_uid, modality, "
                + "series_number, series_description, series_date, body_part_examined, header, created_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, study);
            ps.setString(2, uid);
            ps.setString(3, value(ds, Tags.Modality, 16));
            ps.setString(4, value(ds, Tags.SeriesNumber, 12));
            ps.setString(5, value(ds, Tags.SeriesDescription, 64));
            ps.setString(6, value(ds, Tags.SeriesDate, 8));
            ps.setString(7, value(ds, Tags.BodyPartExamined, 16));
            ps.setBytes(8, HeaderCodec.encode(levels.subset(ds, QueryLevel.SERIES)));
            ps.setTimestamp(9, now);
            ps.executeUpdate();
            return generatedKey(ps);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The first value with padding removed, cut to the column's width (longer values break PS3.5 anyway). */
    private static String value(Dataset ds, int tag, int max) {
        String v = ds.getString(tag);
        if (v == null) {
            return null;
        }
        return v.length() > max ? v.substring(0, max) : v;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static Long findPk(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated key");
            }
            return keys.getLong(1);
        }
    }

    private interface Work {
        long run(Connection c) throws SQLException;
    }

    private long inTransaction(List<PendingEvent> events, Work work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long result = work.run(c);
                Instant now = Instant.now();
                for (PendingEvent e : events) {
                    EventLog.write(c, now, e);
                }
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IndexException("index update failed: " + e.getMessage(), e);
        }
    }
}
