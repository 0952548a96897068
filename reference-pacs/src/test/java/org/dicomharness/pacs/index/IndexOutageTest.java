package org.dicomharness.pacs.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import org.dicomharness.dicom.testing.PeerProcess;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index in an H2 server that goes away and comes back while the PACS holds its connection pool. */
class IndexOutageTest {

    @TempDir
    Path dir;

    private String[] serverArgs;
    private Server server;
    private IndexDatabase db;

    @BeforeEach
    void start() throws SQLException {
        serverArgs = new String[] {"-tcpPort", Integer.toString(PeerProcess.freePort()), "-baseDir", dir.toString(),
            "-ifNotExists"};
        server = Server.createTcpServer(serverArgs).start();
        db = IndexDatabase.open("jdbc:h2:tcp://127.0.0.1:" + serverArgs[1] + "/pacs", "sa", "sa", dir);
    }

    @AfterEach
    void stop() {
        db.close();
        server.stop();
    }

    /**
     * Every pooled connection dies with the server; H2 reports it as "database is closed" (90121), which HikariCP
     * does not take for a lost connection, and lent the dead connections on: every query failed long after the
     * server was back. Now the first such error evicts the pool and the next query opens a fresh connection.
     */
    @Test
    void queriesWorkAgainAsSoonAsTheDatabaseIsBack() throws SQLException {
        InstanceIndex index = new InstanceIndex(db.dataSource());
        assertThat(index.all()).isEmpty();
        server.stop();
        assertThatThrownBy(index::all).isInstanceOf(IndexException.class);
        server = Server.createTcpServer(serverArgs).start();
        assertThat(index.all()).as("the first query after the restart").isEmpty();
    }

    /** An event that cannot be written during the outage is written, with its time, once the database answers. */
    @Test
    void eventsRecordedDuringAnOutageAreKeptAndWrittenLater() throws SQLException {
        EventLog events = new EventLog(db.dataSource());
        events.record(PacsEvent.Kind.STORED, "MOD1", "1.2.3.1", "1.2.3", "before");
        server.stop();
        assertThatThrownBy(() -> events.record(PacsEvent.Kind.REJECTED, "MOD1", "1.2.3.2", "1.2.3",
                "index unavailable")).isInstanceOf(IndexException.class).hasMessageContaining("held");
        server = Server.createTcpServer(serverArgs).start();
        assertThat(events.recent(10)).extracting(PacsEvent::detail).containsExactly("index unavailable", "before");
        assertThat(events.recent(10).get(0).sopInstanceUid()).isEqualTo("1.2.3.2");
        assertThat(events.counts()).containsEntry(PacsEvent.Kind.REJECTED, 1L);
    }
}
