package org.dicomharness.pacs.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The archive's event log, in the index database so that it survives restarts. An event that cannot be written
 * because the database is unreachable (the very outage monitoring must show) is held in memory, up to
 * {@link #MAX_HELD} of them, and written with its original time as soon as the database answers again.
 */
public final class EventLog {

    private static final int MAX_DETAIL = 2000;
    static final int MAX_HELD = 1000;

    private final DataSource dataSource;
    private final Deque<Held> held = new ArrayDeque<>();
    private long dropped;

    /** An event recorded while the database was unreachable. */
    private record Held(Instant at, PacsEvent.Kind kind, String callingAe, String sopInstanceUid,
                        String studyInstanceUid, String detail) {
    }

    public EventLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records an event.
     *
     * @throws IndexException when the event cannot be written; when the database is unreachable the event is held
     *                        and written, with its time, by the next call that reaches the database
     */
    public void record(PacsEvent.Kind kind, String callingAe, String sopInstanceUid, String studyInstanceUid,
                       String detail) {
        Held event = held(Instant.now(), new PendingEvent(kind, callingAe, sopInstanceUid, studyInstanceUid, detail));
        try (Connection c = dataSource.getConnection()) {
            writeHeld(c);
            insert(c, event);
        } catch (SQLException e) {
            if (!unreachable(e)) {
                throw new IndexException("cannot record event " + kind + ": " + e.getMessage(), e);
            }
            hold(event);
            throw new IndexException("cannot record event " + kind + " (held until the database answers): "
                    + e.getMessage(), e);
        }
    }

    /** Writes an event inside the caller's transaction (see {@link PendingEvent}). */
    static void write(Connection c, Instant at, PendingEvent event) throws SQLException {
        insert(c, held(at, event));
    }

    private static Held held(Instant at, PendingEvent e) {
        String text = e.detail().length() > MAX_DETAIL ? e.detail().substring(0, MAX_DETAIL - 3) + "..." : e.detail();
        return new Held(at, e.kind(), e.callingAe(), e.sopInstanceUid(), e.studyInstanceUid(), text);
    }

    /** The database cannot be reached (no connection to be had, or the one we had was lost), as opposed to a bad row. */
    private static boolean unreachable(SQLException e) {
        return e instanceof SQLTransientConnectionException || LostConnections.isLost(e);
    }

    private static void insert(Connection c, Held e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (occurred_at, kind, calling_ae, "
                + "sop_instance_uid, study_instance_uid, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(e.at()));
            ps.setString(2, e.kind().name());
            ps.setString(3, truncate(e.callingAe(), 16));
            ps.setString(4, truncate(e.sopInstanceUid(), 64));
            ps.setString(5, truncate(e.studyInstanceUid(), 64));
            ps.setString(6, e.detail());
            ps.executeUpdate();
        }
    }

    private synchronized void hold(Held event) {
        if (held.size() == MAX_HELD) {
            held.removeFirst();
            dropped++;
        }
        held.addLast(event);
    }

    /** Writes the events held during an outage, oldest first, and says how many were dropped, if any. */
    private void writeHeld(Connection c) throws SQLException {
        List<Held> pending;
        long lost;
        synchronized (this) {
            if (held.isEmpty()) {
                return;
            }
            pending = new ArrayList<>(held);
            held.clear();
            lost = dropped;
            dropped = 0;
        }
        int written = 0;
        try {
            for (Held e : pending) {
                try {
                    insert(c, e);
                } catch (SQLException refused) {
                    if (unreachable(refused)) {
                        throw refused;
                    }
                    lost++; // a row the database refuses would block every later event: it is counted and dropped
                }
                written++;
            }
            if (lost > 0) {
                insert(c, new Held(Instant.now(), PacsEvent.Kind.RECOVERY, null, null, null, lost + " event(s) of an "
                        + "index database outage lost (more than " + MAX_HELD + " held, or refused by the database)"));
            }
        } catch (SQLException e) {
            synchronized (this) {
                for (int i = pending.size() - 1; i >= written; i--) {
                    held.addFirst(pending.get(i));
                }
                dropped += lost;
            }
            throw e;
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
        try (Connection c = dataSource.getConnection()) {
            writeHeld(c);
            return recent(c, sql.toString(), limit, kinds);
        } catch (SQLException e) {
            throw new IndexException("cannot read events: " + e.getMessage(), e);
        }
    }

    private static List<PacsEvent> recent(Connection c, String sql, int limit, PacsEvent.Kind... kinds)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
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
        }
    }

    /** How many events of each kind were recorded. */
    public Map<PacsEvent.Kind, Long> counts() {
        try (Connection c = dataSource.getConnection()) {
            writeHeld(c);
            return counts(c);
        } catch (SQLException e) {
            throw new IndexException("cannot count events: " + e.getMessage(), e);
        }
    }

    private static Map<PacsEvent.Kind, Long> counts(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, COUNT(*) FROM event GROUP BY kind");
             ResultSet rs = ps.executeQuery()) {
            Map<PacsEvent.Kind, Long> out = new TreeMap<>();
            while (rs.next()) {
                out.put(PacsEvent.Kind.valueOf(rs.getString(1)), rs.getLong(2));
            }
            return out;
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
