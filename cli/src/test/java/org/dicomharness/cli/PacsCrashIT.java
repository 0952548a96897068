package org.dicomharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.io.LengthEncoding;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.dicom.net.dimse.DataSets;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.dicom.testing.TestImages;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.index.StoredInstance;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability before Success, tested the hard way: the standalone PACS ({@code harness pacs}, its own JVM, fsync
 * on) is killed with SIGKILL while DCMTK storescu sends 500 CT images of 0.5 MB, one storescu process per file in
 * three parallel loops (so the test knows exactly which objects were answered Success). The kill falls at a random
 * point after 150 successes. After a restart, every object that got Success is present, bit-identical (SHA-256 of
 * the data set) and indexed; no partial file is left in {@code incoming/}; no index row lacks its file and no file
 * lacks its row. The restarted PACS's recovery summary is printed, and a second recovery finds nothing to do.
 */
class PacsCrashIT {

    private static final int OBJECTS = 500;
    private static final int SENDERS = 3;

    @TempDir
    Path tmp;

    @Test
    void everyAcknowledgedObjectSurvivesASigkill() throws Exception {
        Path storescu = Peers.require("storescu", "dcmtk");
        List<Path> files = writeCorpus(Files.createDirectories(tmp.resolve("corpus")));
        Path data = tmp.resolve("pacs-data");
        int killAfter = 150 + new Random().nextInt(200);
        int port = PeerProcess.freePort();
        Process pacs = startPacs(data, port, tmp.resolve("pacs-1.log"));
        Set<Path> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger refusedBeforeKill = new AtomicInteger();
        List<Thread> senders = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            List<Path> slice = new ArrayList<>();
            for (int i = s; i < files.size(); i += SENDERS) {
                slice.add(files.get(i));
            }
            Thread t = new Thread(() -> {
                for (Path f : slice) {
                    ProcessRunner.Result r = ProcessRunner.run(tmp, List.of(storescu.toString(), "-v", "-aet",
                            "CRASHSCU", "-aec", "REFPACS", "127.0.0.1", Integer.toString(port), f.toString()),
                            Map.of(), 60);
                    String out = r.out(StandardCharsets.UTF_8) + r.err();
                    if (r.exitCode() == 0 && out.contains("Received Store Response (Success)")) {
                        acknowledged.add(f);
                    } else if (killed.get()) {
                        return;
                    } else {
                        refusedBeforeKill.incrementAndGet();
                    }
                }
            }, "storescu-loop-" + s);
            t.start();
            senders.add(t);
        }
        // The killer: once enough objects are acknowledged, SIGKILL at the first moment a transfer is being written
        // (a temporary file exists in incoming/), so that the crash leaves a half-received object behind.
        Path incoming = data.resolve("incoming");
        long deadline = 0;
        while (!killed.get()) {
            if (acknowledged.size() >= killAfter) {
                deadline = deadline == 0 ? System.nanoTime() + Duration.ofSeconds(5).toNanos() : deadline;
                if (!list(incoming).isEmpty() || System.nanoTime() > deadline) {
                    pacs.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no flush
                    killed.set(true);
                }
            } else if (senders.stream().noneMatch(Thread::isAlive)) {
                break;
            }
            Thread.sleep(1);
        }
        for (Thread t : senders) {
            t.join(TimeUnit.MINUTES.toMillis(3));
        }
        assertThat(pacs.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killed).as("the PACS was killed (after %d successes)", killAfter).isTrue();
        assertThat(pacs.exitValue()).as("exit status of a SIGKILLed JVM").isEqualTo(128 + 9);
        assertThat(refusedBeforeKill).as("no object refused before the kill").hasValue(0);
        int partialAtKill = list(data.resolve("incoming")).size();

        Path restartLog = tmp.resolve("pacs-2.log");
        Process restarted = startPacs(data, port, restartLog);
        String recovery;
        try {
            recovery = Files.readAllLines(restartLog).stream().filter(l -> l.contains("recovery:")).findFirst()
                    .orElseThrow();
        } finally {
            restarted.destroy(); // SIGTERM: the clean shutdown of harness pacs
            assertThat(restarted.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        System.out.printf("crash test: killed after %d acknowledged objects (kill point %d of %d); %d partial "
                + "file(s) in incoming/ at the kill; restart: %s%n", acknowledged.size(), killAfter, OBJECTS,
                partialAtKill, recovery.strip());
        assertThat(recovery).contains(partialAtKill + " partial file(s) removed").contains("0 orphan row(s) removed");

        assertThat(list(data.resolve("incoming"))).as("no partial file left").isEmpty();
        try (Archive archive = Archive.open(PacsConfig.defaults(data), ArchivalValidator.NONE)) {
            assertThat(archive.recoverySummary()).as("a second recovery finds nothing to do").isEqualTo(
                    "recovery: 0 partial file(s) removed, 0 orphan row(s) removed, 0 unindexed object(s) indexed, "
                            + "0 unindexed file(s) removed");
            for (Path sent : acknowledged) {
                String uid = DataSets.header(sent).fileMeta().getString(Tags.MediaStorageSOPInstanceUID);
                StoredInstance row = archive.index().current(uid)
                        .orElseThrow(() -> new AssertionError(uid + " was acknowledged but is not indexed"));
                Path stored = archive.store().resolve(row.filePath());
                assertThat(stored).as(uid).isRegularFile();
                assertThat(dataSetSha256(stored)).as(uid + ": intact").isEqualTo(dataSetSha256(sent))
                        .isEqualTo(row.sha256());
            }
            List<StoredInstance> rows = archive.index().all();
            assertThat(rows.size()).as("acknowledged objects, plus at most one in flight per sender")
                    .isBetween(acknowledged.size(), acknowledged.size() + SENDERS);
            for (StoredInstance row : rows) {
                assertThat(archive.store().resolve(row.filePath())).as("index row " + row.sopInstanceUid())
                        .isRegularFile();
            }
            assertThat(archive.store().objectFiles()).as("every object file has its row").hasSize(rows.size());
        }
    }

    /** 500 CT images of 512 x 512 x 16 bits (about 0.5 MB each), one study, written as storescu sends them. */
    private static List<Path> writeCorpus(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        TestImages.Ids ids = TestImages.Ids.fresh("CRASH1", "Crash^Carl");
        for (int i = 0; i < OBJECTS; i++) {
            Dataset ct = TestImages.ct(ids, 512, 512);
            Path f = dir.resolve(String.format("ct-%03d.dcm", i));
            Part10Writer.write(f, null, FileMetaInformation.create(ct, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                    "CRASHSCU"), ct, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                    WriteOptions.defaults().withLengths(LengthEncoding.DEFINED));
            files.add(f);
            ids = ids.nextInstance();
        }
        return files;
    }

    /** {@code harness pacs} in its own JVM, with fsync (the default); returns once it listens. */
    private static Process startPacs(Path data, int port, Path log) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", classpath,
                Harness.class.getName(), "pacs", "--aet", "REFPACS", "--port", Integer.toString(port), "--data",
                data.toString(), "--monitoring-port", "-1").redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            if (!p.isAlive()) {
                throw new AssertionError("harness pacs exited with " + p.exitValue() + ":\n" + Files.readString(log));
            }
            if (Files.readString(log).contains("ready")) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    return p;
                } catch (IOException notYet) {
                    // listening is announced just before the socket accepts
                }
            }
            Thread.sleep(50);
        }
        p.destroyForcibly();
        throw new AssertionError("harness pacs did not start within 60 s:\n" + Files.readString(log));
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static String dataSetSha256(Path file) throws IOException {
        long offset = DataSets.header(file).datasetOffset();
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(offset);
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

}
