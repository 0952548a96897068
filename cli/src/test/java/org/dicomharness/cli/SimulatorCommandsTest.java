package org.dicomharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.TestScp;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.config.RemoteAe;
import org.dicomharness.pacs.net.ReferencePacs;
import org.dicomharness.simulators.Patient;
import org.dicomharness.simulators.ris.Hl7Ack;
import org.dicomharness.simulators.ris.Order;
import org.dicomharness.simulators.ris.OrderMessageType;
import org.dicomharness.simulators.ris.RisSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harness modality} and {@code harness viewer} against the loopback test SCP. */
class SimulatorCommandsTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Harness.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void modalitySendsAndPrintsTheStepTableThenTheViewerRetrievesAndVerifies() throws Exception {
        int viewerPort = PeerProcess.freePort();
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).aeTitle("QRSCP")
                .destination("VIEWER", "127.0.0.1", viewerPort).start()) {
            String target = "QRSCP@127.0.0.1:" + scp.port();
            Path acquired = tmp.resolve("acquired");
            Run modality = run("modality", target, "--aet", "MOD", "--modality", "CT", "--instances", "2",
                    "--seed", "5", "--out", acquired.toString());
            assertThat(modality.exit()).as(modality.out() + modality.err()).isZero();
            assertThat(modality.out()).contains("C-STORE").contains("RAD-8").contains("PASSED").contains("2/2 stored");
            assertThat(scp.stored()).hasSize(2);
            String patientId = scp.stored().get(0).attributes().getString(org.dicomharness.dicom.dict.Tags.PatientID);

            Run find = run("viewer", target, "--aet", "VIEWER", "-m", "PatientID=" + patientId);
            assertThat(find.exit()).as(find.out() + find.err()).isZero();
            assertThat(find.out()).contains("1 match(es)").contains("PatientID=" + patientId);

            Run move = run("viewer", target, "--aet", "VIEWER", "--level", "SERIES", "-m", "PatientID=" + patientId,
                    "--move", "--listen-port", String.valueOf(viewerPort), "--verify", acquired.toString(),
                    "--out", tmp.resolve("moved").toString(), "--trace", tmp.resolve("trace.txt").toString());
            assertThat(move.exit()).as(move.out() + move.err()).isZero();
            assertThat(move.out()).contains("2 object(s) received").contains("IDENTICAL").contains("PASSED");
            assertThat(Files.readString(tmp.resolve("trace.txt"))).contains("C-MOVE-RQ").contains("C-STORE-RQ");

            Run get = run("viewer", target, "--aet", "VIEWER", "--level", "STUDY", "-m", "PatientID=" + patientId,
                    "--get", "--verify", acquired.toString(), "--verify-mode", "bit-exact",
                    "--out", tmp.resolve("got").toString());
            assertThat(get.exit()).as(get.out() + get.err()).isZero();
            try (Stream<Path> files = Files.walk(tmp.resolve("got"))) {
                assertThat(files.filter(p -> p.toString().endsWith(".dcm")).count()).isEqualTo(2);
            }
        }
    }

    @Test
    void fullWorkflowAgainstTheReferencePacs() throws Exception {
        int listen = PeerProcess.freePort();
        PacsConfig config = PacsConfig.defaults(tmp.resolve("pacs")).toBuilder().port(0).hl7Port(0).monitoringPort(-1)
                .fsync(false).remoteAe(new RemoteAe("MODCT", "127.0.0.1", listen)).build();
        try (ReferencePacs pacs = ReferencePacs.start(config); RisSimulator ris = new RisSimulator()) {
            Hl7Ack ack = ris.sendOrder("127.0.0.1", pacs.hl7Port().orElseThrow(), Order.newOrder(
                    OrderMessageType.OMI_O23, new Patient("Cli^Carla", "CLI-1", "", "19700101", "F"), "CLIACC1", "RP1",
                    "SPS1", "CT").withStation("MODCT", "CT 1"));
            assertThat(ack.accepted()).as(ack.summary()).isTrue();
            Run r = run("modality", pacs.aeTitle() + "@127.0.0.1:" + pacs.port(), "--aet", "MODCT", "--worklist",
                    "--station", "MODCT", "--mpps", "--commit", "--listen-port", String.valueOf(listen),
                    "--report-on-new-association", "--instances", "2");
            assertThat(r.exit()).as(r.out() + r.err()).isZero();
            assertThat(r.out()).contains("listening for storage commitment reports as MODCT@127.0.0.1:" + listen)
                    .contains("MWL C-FIND").contains("MPPS N-CREATE").contains("MPPS N-SET COMPLETED")
                    .contains("Storage Commitment").contains("2/2 committed").doesNotContain("FAILED");
            assertThat(r.out().lines().filter(l -> l.contains(" PASSED "))).hasSize(5);
        }
    }

    @Test
    void aFailedStepGivesExitCodeOne() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).aeTitle("QRSCP").start()) {
            Run r = run("modality", "WRONG@127.0.0.1:" + scp.port(), "--instances", "1");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.out()).contains("FAILED").contains("rejected");
            // The test SCP has no worklist: the step fails with the status it answered, and nothing is sent.
            Run wl = run("modality", "QRSCP@127.0.0.1:" + scp.port(), "--worklist", "--instances", "1");
            assertThat(wl.exit()).isEqualTo(1);
            assertThat(wl.out()).contains("MWL C-FIND").contains("FAILED").contains("QRSCP refused").contains("Modality Worklist Information Model")
                    .contains("abstract-syntax-not-supported");
            assertThat(scp.stored()).isEmpty();
        }
    }

    @Test
    void usageErrorsNameTheExpectedForm() {
        Run r = run("modality", "not-a-target");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("AET@host:port");
        Run v = run("viewer", "A@127.0.0.1:104", "-m", "NoSuchKeyword=1");
        assertThat(v.exit()).isEqualTo(2);
        assertThat(v.err()).contains("NoSuchKeyword");
        Run k = run("viewer", "A@127.0.0.1:104", "--verify", "x");
        assertThat(k.exit()).isEqualTo(2);
        assertThat(k.err()).contains("--verify needs --move or --get");
    }
}
