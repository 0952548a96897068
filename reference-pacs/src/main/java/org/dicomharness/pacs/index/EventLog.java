package org.dicomharness.pacs.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** The archive's event log, in the index database so that it survives restarts. */
public final class EventLog {

    private static final int MAX_DETAIL = 2000;

    private final DataSource dataSource;

    public EventLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void record(PacsEvent.Kind kind, String callingAe, String sopInstanceUid, String studyInstanceUid,
                       String detail) {
        String text = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 3) + "..." : detail;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO event (occurred_at, kind, calling_ae, "
                     + "sop_instance_uid, study_instance_uid, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setString(2, kind.name());
            ps.setString(3, truncate(callingAe, 16));
            ps.setString(4, truncate(sopInstanceUid, 64));
            ps.setString(5, truncate(studyInstanceUid, 64));
            ps.setString(6, text);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IndexException("cannot record event " + kind + ": " + e.getMessage(), e);
        }
    }

    /** The newest events of the given kinds (all kinds when none given), newest first. */
    public List<PacsEvent> recent(int limit, PacsEvent.Kind... kinds) {
        StringBuilder sql = new StringBuilder("SELECT pk, occurred_at, kind, calling_ae, sop_instance_uid, "
                + "study_instance_uid, detail FROM event");
        if (kinds.length > 0) {
            sql.append(" WHERE kind IN (").append("?,".repeat(kinds.length - 1)).append("?)");
        }
        sql.append(" ORDER BY pk DESC LIMIT ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (PacsEvent.Kind k : kinds) {
                ps.setString(i++, k.name());
            }
            ps.setInt(i, limit);
            List<PacsEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PacsEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                            PacsEvent.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IndexException("cannot read events: " + e.getMessage(), e);
        }
    }

    /** How many events of each kind were recorded. */
    public Map<PacsEvent.Kind, Long> counts() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT kind, COUNT(*) FROM event GROUP BY kind");
             ResultSet rs = ps.executeQuery()) {
            Map<PacsEvent.Kind, Long> out = new TreeMap<>();
            while (rs.next()) {
                out.put(PacsEvent.Kind.valueOf(rs.getString(1)), rs.getLong(2));
            }
            return out;
        } catch (SQLException e) {
            throw new IndexException("cannot count events: " + e.getMessage(), e);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
