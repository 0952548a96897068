package org.dicomharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.net.tls.TlsProfile;
import org.dicomharness.dicom.testing.Dcmtk;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.SyntaxSamples;
import org.dicomharness.dicom.testing.TestImages;
import org.dicomharness.dicom.testing.TestPki;
import org.dicomharness.dicom.testing.TestScp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network commands end to end, against DCMTK storescp and the test SCP; exit codes and output checked. */
class NetworkCommandsIT {

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static synchronized Run harness(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
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
    void echo() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).start()) {
            Run ok = harness("echo", "TESTSCP@127.0.0.1:" + scp.port(), "--calling", "CLI");
            assertThat(ok.exit()).as(ok.err()).isZero();
            assertThat(ok.out()).contains("C-ECHO TESTSCP@127.0.0.1:" + scp.port() + ": 0000 Success");
            long end = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
            while (scp.acceptor().recentTraces().isEmpty() && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertThat(scp.acceptor().recentTraces().get(0).toText()).contains("calling=CLI").contains("C-ECHO-RSP");

            Run rejected = harness("echo", "WRONG@127.0.0.1:" + scp.port());
            assertThat(rejected.exit()).isEqualTo(ExitCodes.NO_ASSOCIATION);
            assertThat(rejected.err()).contains("called-AE-title-not-recognized").contains("rejected-permanent");
        }
        int closed = PeerProcess.freePort();
        Run refused = harness("echo", "NOBODY@127.0.0.1:" + closed, "--connect-timeout", "2");
        assertThat(refused.exit()).isEqualTo(ExitCodes.NO_ASSOCIATION);
        assertThat(refused.err()).contains("cannot open the transport connection");
        Run badTarget = harness("echo", "no-port-here");
        assertThat(badTarget.exit()).isEqualTo(2);
        assertThat(badTarget.err()).contains("AET@host:port");
    }

    @Test
    void sendADirectoryToStorescpWithAStatusPerFileAndATrace() throws Exception {
        Map<String, Path> samples = SyntaxSamples.create(Files.createDirectories(tmp.resolve("in")),
                TestImages.Ids.fresh("CLI1", "Cli^Clara"));
        int port = PeerProcess.freePort();
        Path received = tmp.resolve("received");
        Path trace = tmp.resolve("trace.txt");
        try (PeerProcess peer = Dcmtk.storescp(tmp, "STORESCP", received, port)) {
            Run r = harness("send", "STORESCP@127.0.0.1:" + port, tmp.resolve("in").toString(), "--trace", trace.toString());
            assertThat(r.exit()).as(r.out() + r.err()).isZero();
            long files;
            try (Stream<Path> all = Files.list(tmp.resolve("in"))) {
                files = all.count();
            }
            assertThat(samples).hasSizeLessThan((int) files);
            assertThat(r.out().lines().filter(l -> l.startsWith("OK "))).hasSize((int) files);
            assertThat(r.out()).contains(files + " file(s) to STORESCP@127.0.0.1:" + port + ": {OK=" + files + "}");
            assertThat(Files.readString(trace)).contains("-> A-ASSOCIATE-RQ").contains("C-STORE-RSP")
                    .contains("-> A-RELEASE-RQ");
            assertThat(peer.isAlive()).isTrue();
        }
    }

    @Test
    void sendWithAChosenSyntaxAndFailuresMakeANonZeroExit() throws Exception {
        int port = PeerProcess.freePort();
        Path received = tmp.resolve("received");
        Path in = Files.createDirectories(tmp.resolve("in"));
        var ct = TestImages.ct(TestImages.Ids.fresh("CLI2", "Syntax^Sid"), 32, 32);
        TestImages.write(in.resolve("a.dcm"), ct, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
        try (PeerProcess peer = Dcmtk.storescp(tmp, "STORESCP", received, port)) {
            Run r = harness("send", "STORESCP@127.0.0.1:" + port, in.toString(), "--syntax", "ImplicitVRLittleEndian");
            assertThat(r.exit()).as(r.out() + r.err()).isZero();
            var got = Part10Reader.read(Dcmtk.receivedFile(received, ct.getString(Tags.SOPInstanceUID)));
            assertThat(got.transferSyntax().uid()).isEqualTo(Uids.ImplicitVRLittleEndian);
            assertThat(peer.isAlive()).isTrue();
        }
        Files.writeString(in.resolve("not-dicom.txt"), "hello");
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).start()) {
            var bad = TestImages.ct(TestImages.Ids.fresh("CLI3", "Bad^Uid"), 16, 16);
            bad.setString(Tags.SOPInstanceUID, "1.2.03");
            TestImages.write(in.resolve("b.dcm"), bad, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
            Run r = harness("send", "TESTSCP@127.0.0.1:" + scp.port(), in.toString());
            assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.UNREADABLE_INPUT);
            assertThat(r.out()).contains("UNREADABLE").contains("not-dicom.txt");
            assertThat(r.out()).containsPattern("FAILED +C000 .*b\\.dcm.*1\\.2\\.03");
            assertThat(r.out()).containsPattern("OK +0000 .*a\\.dcm");
            Files.delete(in.resolve("not-dicom.txt"));
            Run onlyFailure = harness("send", "TESTSCP@127.0.0.1:" + scp.port(), in.resolve("b.dcm").toString());
            assertThat(onlyFailure.exit()).isEqualTo(ExitCodes.FAILED);
        }
    }

    @Test
    void findMoveGet() throws Exception {
        Map<String, Path> samples = SyntaxSamples.create(Files.createDirectories(tmp.resolve("in")),
                TestImages.Ids.fresh("CLI4", "Query^Quentin"));
        String study = Part10Reader.read(samples.get(Uids.ExplicitVRLittleEndian)).dataset().getString(Tags.StudyInstanceUID);
        int storescpPort = PeerProcess.freePort();
        Path moved = tmp.resolve("moved");
        try (PeerProcess storescp = Dcmtk.storescp(tmp, "STORESCP", moved, storescpPort);
             TestScp scp = TestScp.builder(tmp.resolve("scp")).destination("STORESCP", "127.0.0.1", storescpPort).start()) {
            for (Path p : samples.values()) {
                scp.add(p);
            }
            String target = "TESTSCP@127.0.0.1:" + scp.port();
            Run studies = harness("find", target, "--level", "STUDY", "-m", "PatientID=CLI4", "-r", "StudyInstanceUID",
                    "-r", "PatientName");
            assertThat(studies.exit()).as(studies.err()).isZero();
            assertThat(studies.out()).contains("PatientID=CLI4  StudyInstanceUID=" + study + "  PatientName=Query^Quentin")
                    .contains("1 match(es) at STUDY level");
            Run images = harness("find", target, "--level", "IMAGE", "--model", "patient", "-m", "PatientID=CLI4", "-m",
                    "StudyInstanceUID=" + study, "-r", "SOPInstanceUID");
            assertThat(images.out()).contains(samples.size() + " match(es) at IMAGE level");
            Run badModel = harness("find", target, "--level", "PATIENT", "--model", "study");
            assertThat(badModel.exit()).isEqualTo(ExitCodes.UNREADABLE_INPUT);
            assertThat(badModel.err()).contains("no PATIENT level");

            Run move = harness("move", target, "--dest", "STORESCP", "-m", "StudyInstanceUID=" + study);
            assertThat(move.exit()).as(move.out() + move.err()).isZero();
            assertThat(move.out()).contains("0000").contains("completed=" + samples.size());
            try (Stream<Path> files = Files.list(moved)) {
                assertThat(files.count()).isEqualTo(samples.size());
            }
            Run unknownDest = harness("move", target, "--dest", "NOWHERE", "-m", "StudyInstanceUID=" + study);
            assertThat(unknownDest.exit()).isEqualTo(ExitCodes.FAILED);
            assertThat(unknownDest.out()).contains("A801 Refused: Move Destination unknown");

            Path out = tmp.resolve("got");
            Run get = harness("get", target, "-m", "StudyInstanceUID=" + study, "--out", out.toString());
            // The default proposal is uncompressed only: the compressed samples fail as sub-operations.
            long nativeCount = samples.keySet().stream().filter(ts -> !TransferSyntax.of(ts).encapsulated()).count();
            assertThat(get.exit()).as(get.out() + get.err()).isEqualTo(ExitCodes.FAILED);
            assertThat(get.out()).contains("B000").contains("completed=" + nativeCount);
            Path all = tmp.resolve("got-all");
            String[] args = Stream.concat(Stream.of("get", target, "-m", "StudyInstanceUID=" + study, "--out",
                    all.toString(), "--sop-class", "CTImageStorage", "--sop-class", "SecondaryCaptureImageStorage"),
                    samples.keySet().stream().flatMap(ts -> Stream.of("--syntax", ts))).toArray(String[]::new);
            Run getAll = harness(args);
            assertThat(getAll.exit()).as(getAll.out() + getAll.err()).isZero();
            try (Stream<Path> files = Files.list(all)) {
                assertThat(files.filter(p -> p.toString().endsWith(".dcm")).count()).isEqualTo(samples.size());
            }
            assertThat(storescp.isAlive()).isTrue();
        }
    }

    @Test
    void echoOverTls() throws Exception {
        TestPki pki = TestPki.generate(tmp.resolve("pki"));
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).tls(pki.server(TlsProfile.BCP195, true)).start()) {
            String pw = new String(TestPki.PASSWORD);
            Run r = harness("echo", "TESTSCP@127.0.0.1:" + scp.port(), "--tls", "--tls-version", "1.3", "--key-store",
                    pki.clientStore().toString(), "--key-store-password", pw, "--trust-store", pki.trustStore().toString(),
                    "--trust-store-password", pw);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("0000 Success").contains("over TLSv1.3");
            Run noTrust = harness("echo", "TESTSCP@127.0.0.1:" + scp.port(), "--tls");
            assertThat(noTrust.exit()).isEqualTo(ExitCodes.UNREADABLE_INPUT);
            assertThat(noTrust.err()).contains("--trust-store");
        }
    }
}
