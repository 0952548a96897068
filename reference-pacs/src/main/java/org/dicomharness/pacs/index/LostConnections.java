package org.dicomharness.pacs.index;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tells the connection pool that the database was lost. HikariCP evicts a connection on SQL state class 08
 * (connection exception), but a database server that went away and came back is reported by H2 as "database is
 * closed" (90098, 90121) or "connection broken" (90067), and a connection used less than half a second ago is lent
 * without validation: the pool kept lending dead connections and the PACS refused every object with "index
 * unavailable" long after the database was back. On such an error every pooled connection is from before the loss,
 * so all are evicted (idle ones now, busy ones when returned) and the next request opens a fresh one.
 */
final class LostConnections implements SQLExceptionOverride {

    /** H2 {@code ErrorCode.CONNECTION_BROKEN_1}, {@code DATABASE_IS_CLOSED}, {@code DATABASE_CALLED_AT_SHUTDOWN}. */
    private static final Set<Integer> H2_LOST = Set.of(90067, 90098, 90121);

    private final AtomicReference<HikariDataSource> pool = new AtomicReference<>();

    void attach(HikariDataSource dataSource) {
        pool.set(dataSource);
    }

    static boolean isLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("08") || H2_LOST.contains(e.getErrorCode());
    }

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        if (!isLost(e)) {
            return Override.CONTINUE_EVICT;
        }
        HikariDataSource ds = pool.get();
        if (ds != null && ds.getHikariPoolMXBean() != null) {
            ds.getHikariPoolMXBean().softEvictConnections();
        }
        return Override.MUST_EVICT;
    }
}
