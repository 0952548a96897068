package org.dicomharness.pacs.index;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The index's database: a connection pool on H2 (embedded, file mode, by default) or any JDBC URL such as
 * PostgreSQL, with the schema brought up to date by Flyway migrations from {@code db/migration}.
 */
public final class IndexDatabase implements AutoCloseable {

    /** How long a request waits for a pooled connection before the index counts as unavailable. */
    static final long CONNECTION_TIMEOUT_MILLIS = 5_000;

    private final HikariDataSource dataSource;

    private IndexDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Opens (and migrates) the index.
     *
     * @param jdbcUrl       a JDBC URL, or {@code null} for H2 in {@code dataDirectory/index}
     * @param dataDirectory the PACS data folder
     */
    public static IndexDatabase open(String jdbcUrl, String user, String password, Path dataDirectory) {
        String url = jdbcUrl != null ? jdbcUrl : embeddedUrl(dataDirectory);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(8);
        config.setPoolName("pacs-index");
        config.setAutoCommit(true);
        // A sender waits for the C-STORE response while we wait for a connection: when the database is down, answer
        // Out of Resources within seconds rather than after HikariCP's default 30 s.
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        LostConnections lost = new LostConnections();
        config.setExceptionOverride(lost);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IndexException("cannot open the index database at " + url + ": " + rootMessage(e), e);
        }
        lost.attach(ds);
        try {
            boolean postgres = url.startsWith("jdbc:postgresql:");
            Flyway.configure()
                    .dataSource(ds)
                    .placeholders(Map.of("blob", postgres ? "BYTEA" : "VARBINARY"))
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new IndexException("cannot migrate the index schema at " + url + ": " + rootMessage(e), e);
        }
        return new IndexDatabase(ds);
    }

    /**
     * H2 in file mode. WRITE_DELAY=0 makes every commit reach the file before the call returns, so an object
     * acknowledged after its index transaction committed survives a SIGKILL of the PACS.
     */
    static String embeddedUrl(Path dataDirectory) {
        Path db = dataDirectory.toAbsolutePath().resolve("index").resolve("pacs");
        return "jdbc:h2:file:" + db + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64";
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
