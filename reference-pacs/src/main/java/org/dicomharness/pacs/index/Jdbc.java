package org.dicomharness.pacs.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/** Small JDBC helpers shared by the index's stores: one transaction per unit of work, generated keys. */
public final class Jdbc {

    /** Work done on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Jdbc() {
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws (a rule
     * violation thrown as a RuntimeException inside leaves the database as it was, and propagates unchanged).
     *
     * @throws IndexException when the database fails
     */
    public static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IndexException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** Runs read-only {@code work} on a pooled connection. */
    public static <T> T read(DataSource dataSource, String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IndexException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    public static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated key");
            }
            return keys.getLong(1);
        }
    }

    public static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    /** {@code s} cut to a column's width ({@code null} stays {@code null}). */
    public static String fit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
