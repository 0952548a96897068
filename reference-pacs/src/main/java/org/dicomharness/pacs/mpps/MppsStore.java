package org.dicomharness.pacs.mpps;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.index.HeaderCodec;
import org.dicomharness.pacs.index.Jdbc;

/** The {@code mpps} and {@code mpps_reference} tables. Methods taking a Connection run in the caller's transaction. */
public final class MppsStore {

    /** A stored MPPS instance. */
    public record Instance(long pk, String sopInstanceUid, String status, String callingAe, String studyInstanceUid,
                           Dataset attributes, Instant createdAt, Instant updatedAt, Instant finalAt) {
    }

    private final DataSource dataSource;

    public MppsStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Optional<Instance> find(Connection c, String sopInstanceUid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pk, sop_instance_uid, status, calling_ae, "
                + "study_instance_uid, header, created_at, updated_at, final_at FROM mpps WHERE sop_instance_uid = ?")) {
            ps.setString(1, sopInstanceUid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Instance(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), HeaderCodec.decode(rs.getBytes(6)), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8).toInstant(), rs.getTimestamp(9) == null ? null
                        : rs.getTimestamp(9).toInstant()));
            }
        }
    }

    public Optional<Instance> find(String sopInstanceUid) {
        return Jdbc.read(dataSource, "read MPPS " + sopInstanceUid, c -> find(c, sopInstanceUid));
    }

    long insert(Connection c, String uid, String status, String callingAe, String studyUid, Dataset attrs)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mpps (sop_instance_uid, status, calling_ae, "
                + "study_instance_uid, header, created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, uid);
            ps.setString(2, status);
            ps.setString(3, Jdbc.fit(callingAe, 16));
            ps.setString(4, studyUid);
            ps.setBytes(5, HeaderCodec.encode(attrs));
            ps.setTimestamp(6, Jdbc.now());
            ps.setTimestamp(7, Jdbc.now());
            ps.executeUpdate();
            return Jdbc.generatedKey(ps);
        }
    }

    void update(Connection c, long pk, String status, Dataset attrs, boolean isFinal) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE mpps SET status = ?, header = ?, updated_at = ?"
                + (isFinal ? ", final_at = ?" : "") + " WHERE pk = ?")) {
            ps.setString(1, status);
            ps.setBytes(2, HeaderCodec.encode(attrs));
            ps.setTimestamp(3, Jdbc.now());
            int i = 4;
            if (isFinal) {
                ps.setTimestamp(i++, Jdbc.now());
            }
            ps.setLong(i, pk);
            ps.executeUpdate();
        }
    }

    /** Replaces the composite objects the MPPS says it made (Performed Series Sequence). */
    void replaceReferences(Connection c, long pk, String studyUid, Dataset attrs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM mpps_reference WHERE mpps_fk = ?")) {
            ps.setLong(1, pk);
            ps.executeUpdate();
        }
        Sequence series = attrs.getSequence(Tags.PerformedSeriesSequence);
        if (series == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mpps_reference (mpps_fk, sop_instance_uid, "
                + "sop_class_uid, series_instance_uid, study_instance_uid) VALUES (?,?,?,?,?)")) {
            for (Dataset item : series) {
                for (int refTag : new int[] {Tags.ReferencedImageSequence,
                        Tags.ReferencedNonImageCompositeSOPInstanceSequence}) {
                    Sequence refs = item.getSequence(refTag);
                    if (refs == null) {
                        continue;
                    }
                    for (Dataset ref : refs) {
                        String sop = ref.getString(Tags.ReferencedSOPInstanceUID);
                        if (sop == null) {
                            continue;
                        }
                        ps.setLong(1, pk);
                        ps.setString(2, sop);
                        ps.setString(3, ref.getString(Tags.ReferencedSOPClassUID));
                        ps.setString(4, item.getString(Tags.SeriesInstanceUID));
                        ps.setString(5, studyUid);
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    /** COMPLETED MPPS instances with their referenced objects' count and how many of those are ACTIVE. */
    public record Completeness(String sopInstanceUid, String studyInstanceUid, Instant finalAt, long referenced,
                              long arrived) {
    }

    /** COMPLETED instances that became final before {@code cutoff} and whose objects have not all arrived. */
    public List<Completeness> incomplete(Instant cutoff) {
        return Jdbc.read(dataSource, "check MPPS completeness", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT m.sop_instance_uid, m.study_instance_uid, "
                    + "m.final_at, COUNT(r.sop_instance_uid), COUNT(DISTINCT i.sop_instance_uid) FROM mpps m "
                    + "JOIN mpps_reference r ON r.mpps_fk = m.pk "
                    + "LEFT JOIN instance i ON i.sop_instance_uid = r.sop_instance_uid AND i.state = 'ACTIVE' "
                    + "WHERE m.status = 'COMPLETED' AND m.final_at < ? "
                    + "GROUP BY m.pk, m.sop_instance_uid, m.study_instance_uid, m.final_at "
                    + "HAVING COUNT(DISTINCT i.sop_instance_uid) < COUNT(r.sop_instance_uid) ORDER BY m.final_at")) {
                ps.setTimestamp(1, java.sql.Timestamp.from(cutoff));
                List<Completeness> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Completeness(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                                rs.getLong(4), rs.getLong(5)));
                    }
                }
                return out;
            }
        });
    }
}
