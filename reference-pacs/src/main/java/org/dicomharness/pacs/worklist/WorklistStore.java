package org.dicomharness.pacs.worklist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.pacs.index.HeaderCodec;
import org.dicomharness.pacs.index.Jdbc;

/** The {@code worklist_item} table. Methods taking a {@link Connection} run in the caller's transaction. */
public final class WorklistStore {

    /** A stored worklist item; {@code patient} is the patient row's Patient-level attributes. */
    public record Item(long pk, long patientPk, String orderKey, String spsId, String accessionNumber,
                       String studyInstanceUid, WorklistStatus status, String source, Dataset attributes,
                       Dataset patient, Instant createdAt, Instant updatedAt, Instant performedAt) {
    }

    private static final String COLUMNS = "w.pk, w.patient_fk, w.order_key, w.sps_id, w.accession_number, "
            + "w.study_instance_uid, w.status, w.source, w.header, p.header, w.created_at, w.updated_at, "
            + "w.performed_at FROM worklist_item w JOIN patient p ON w.patient_fk = p.pk";

    private final DataSource dataSource;

    public WorklistStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public long insert(Connection c, long patientPk, ScheduledStep step, WorklistStatus status, String source)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO worklist_item (patient_fk, order_key, sps_id, "
                + "requested_procedure_id, accession_number, study_instance_uid, modality, station_ae, sps_start_date, "
                + "sps_start_time, status, source, header, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, patientPk);
            ps.setString(2, Jdbc.fit(step.orderKey(), 200));
            ps.setString(3, step.spsId());
            bindStep(ps, 4, step);
            ps.setString(11, status.name());
            ps.setString(12, source);
            ps.setBytes(13, HeaderCodec.encode(step.toDataset(status)));
            ps.setTimestamp(14, Jdbc.now());
            ps.setTimestamp(15, Jdbc.now());
            ps.executeUpdate();
            return Jdbc.generatedKey(ps);
        }
    }

    /** Replaces an item's attributes (an order change, HL7 XO). */
    public void update(Connection c, long pk, long patientPk, ScheduledStep step, WorklistStatus status)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE worklist_item SET patient_fk = ?, "
                + "requested_procedure_id = ?, accession_number = ?, study_instance_uid = ?, modality = ?, "
                + "station_ae = ?, sps_start_date = ?, sps_start_time = ?, status = ?, header = ?, updated_at = ? "
                + "WHERE pk = ?")) {
            ps.setLong(1, patientPk);
            bindStep(ps, 2, step);
            ps.setString(9, status.name());
            ps.setBytes(10, HeaderCodec.encode(step.toDataset(status)));
            ps.setTimestamp(11, Jdbc.now());
            ps.setLong(12, pk);
            ps.executeUpdate();
        }
    }

    /** Sets an item's status; {@code performed} records when a modality started it (MPPS N-CREATE). */
    public void setStatus(Connection c, long pk, WorklistStatus status, boolean performed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE worklist_item SET status = ?, updated_at = ?"
                + (performed ? ", performed_at = COALESCE(performed_at, ?)" : "") + " WHERE pk = ?")) {
            ps.setString(1, status.name());
            ps.setTimestamp(2, Jdbc.now());
            int i = 3;
            if (performed) {
                ps.setTimestamp(i++, Jdbc.now());
            }
            ps.setLong(i, pk);
            ps.executeUpdate();
        }
    }

    public List<Item> byOrder(Connection c, String orderKey) throws SQLException {
        return select(c, " WHERE w.order_key = ? ORDER BY w.pk", orderKey);
    }

    public Optional<Item> byOrderAndStep(Connection c, String orderKey, String spsId) throws SQLException {
        List<Item> found = select(c, " WHERE w.order_key = ? AND w.sps_id = ?", orderKey, spsId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * The items an MPPS's Scheduled Step Attributes Sequence item names: by Scheduled Procedure Step ID, narrowed
     * by Accession Number and Study Instance UID when those are given.
     */
    public List<Item> byStep(Connection c, String spsId, String accessionNumber, String studyInstanceUid)
            throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE w.sps_id = ?");
        List<Object> params = new ArrayList<>(List.of(spsId));
        if (accessionNumber != null && !accessionNumber.isEmpty()) {
            where.append(" AND w.accession_number = ?");
            params.add(accessionNumber);
        }
        if (studyInstanceUid != null && !studyInstanceUid.isEmpty()) {
            where.append(" AND (w.study_instance_uid = ? OR w.study_instance_uid IS NULL)");
            params.add(studyInstanceUid);
        }
        return select(c, where.toString(), params.toArray());
    }

    /** Items the Modality Worklist offers: SCHEDULED or STARTED. */
    public List<Item> open() {
        return Jdbc.read(dataSource, "read the worklist",
                c -> select(c, " WHERE w.status IN ('SCHEDULED', 'STARTED') ORDER BY w.sps_start_date, "
                        + "w.sps_start_time, w.pk"));
    }

    /** SCHEDULED items whose start lies before {@code cutoff} (YYYYMMDDHHMMSS) and that no modality started. */
    public List<Item> neverPerformed(String cutoffDate, String cutoffTime) {
        return Jdbc.read(dataSource, "read overdue worklist items", c -> select(c,
                " WHERE w.status = 'SCHEDULED' AND w.performed_at IS NULL AND w.sps_start_date IS NOT NULL AND "
                        + "(w.sps_start_date < ? OR w.sps_start_date = ? AND COALESCE(w.sps_start_time, '') < ?) "
                        + "ORDER BY w.sps_start_date, w.sps_start_time", cutoffDate, cutoffDate, cutoffTime));
    }

    public List<Item> all() {
        return Jdbc.read(dataSource, "read the worklist", c -> select(c, " ORDER BY w.pk"));
    }

    private static void bindStep(PreparedStatement ps, int first, ScheduledStep step) throws SQLException {
        ps.setString(first, step.requestedProcedureId());
        ps.setString(first + 1, step.accessionNumber());
        ps.setString(first + 2, empty(step.studyInstanceUid()));
        ps.setString(first + 3, step.modality());
        ps.setString(first + 4, empty(step.stationAeTitle()));
        ps.setString(first + 5, empty(step.startDate()));
        ps.setString(first + 6, empty(step.startTime()));
    }

    private static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<Item> select(Connection c, String where, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + where)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Item> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Item(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), WorklistStatus.valueOf(rs.getString(7)), rs.getString(8),
                            HeaderCodec.decode(rs.getBytes(9)), HeaderCodec.decode(rs.getBytes(10)),
                            instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13))));
                }
            }
            return out;
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
