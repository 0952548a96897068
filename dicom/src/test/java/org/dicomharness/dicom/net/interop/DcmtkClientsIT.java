package org.dicomharness.dicom.net.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.net.pdu.PduType;
import org.dicomharness.dicom.net.ul.AssociationTrace;
import org.dicomharness.dicom.net.ul.TraceEntry;
import org.dicomharness.dicom.testing.Dcmtk;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.dicom.testing.SyntaxSamples;
import org.dicomharness.dicom.testing.TestImages;
import org.dicomharness.dicom.testing.TestScp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DCMTK storescu, findscu, movescu and getscu against our SCP side (a minimal test SCP). */
class DcmtkClientsIT {

    @TempDir
    Path tmp;

    private Map<String, Path> samples;

    @BeforeEach
    void samples() throws IOException {
        samples = SyntaxSamples.create(Files.createDirectories(tmp.resolve("samples")),
                TestImages.Ids.fresh("DCMTK1", "Client^Carl"));
    }

    /** storescu's --propose-* options: the syntax the file arrives in, and the source file's syntax. */
    @ParameterizedTest(name = "storescu {0} -> {2}")
    @CsvSource({
        "-x=, 1.2.840.10008.1.2.1, 1.2.840.10008.1.2.1",
        "-xe, 1.2.840.10008.1.2.1, 1.2.840.10008.1.2.1",
        "-xb, 1.2.840.10008.1.2.2, 1.2.840.10008.1.2.2",
        "-xi, 1.2.840.10008.1.2.1, 1.2.840.10008.1.2",
        "-xd, 1.2.840.10008.1.2.1, 1.2.840.10008.1.2.1.99",
        "-xs, 1.2.840.10008.1.2.4.70, 1.2.840.10008.1.2.4.70",
        "-xy, 1.2.840.10008.1.2.4.50, 1.2.840.10008.1.2.4.50",
        "-xx, 1.2.840.10008.1.2.4.51, 1.2.840.10008.1.2.4.51",
        "-xt, 1.2.840.10008.1.2.4.80, 1.2.840.10008.1.2.4.80",
        "-xu, 1.2.840.10008.1.2.4.81, 1.2.840.10008.1.2.4.81",
        "-xr, 1.2.840.10008.1.2.5, 1.2.840.10008.1.2.5",
        "-xv, 1.2.840.10008.1.2.4.90, 1.2.840.10008.1.2.4.90",
        "-xw, 1.2.840.10008.1.2.4.91, 1.2.840.10008.1.2.4.91"
    })
    void storescuProposals(String option, String sourceSyntax, String expectedSyntax) throws Exception {
        Path storescu = Peers.require("storescu", "dcmtk");
        Path file = samples.get(sourceSyntax);
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).start()) {
            ProcessRunner.Result r = ProcessRunner.run(tmp, List.of(storescu.toString(), "-v", option, "-aet", "STORESCU",
                    "-aec", scp.aeTitle(), "127.0.0.1", String.valueOf(scp.port()), file.toString()), Map.of(), 60);
            r.check();
            assertThat(scp.stored()).hasSize(1);
            TestScp.Stored got = scp.stored().get(0);
            assertThat(got.transferSyntaxUid()).isEqualTo(expectedSyntax);
            assertThat(got.callingAeTitle()).isEqualTo("STORESCU");
            DicomFile sent = Part10Reader.read(file);
            DicomFile received = Part10Reader.read(got.file());
            assertThat(Dcmtk.pixelBytes(received)).isEqualTo(Dcmtk.pixelBytes(sent));
            assertThat(received.dataset().getString(Tags.SOPInstanceUID))
                    .isEqualTo(sent.dataset().getString(Tags.SOPInstanceUID));
            AssociationTrace trace = lastTrace(scp);
            assertThat(trace.pdus(TraceEntry.Direction.SENT, PduType.A_ASSOCIATE_AC)).hasSize(1);
            assertThat(trace.toText()).contains("C-STORE-RSP").contains("0000 Success");
        }
    }

    @Test
    void storescuSendsADirectoryOfEverySyntaxOverOneAssociation() throws Exception {
        Path storescu = Peers.require("storescu", "dcmtk");
        Path dir = Files.createDirectories(tmp.resolve("all"));
        for (Path p : samples.values()) {
            Files.copy(p, dir.resolve(p.getFileName()));
        }
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).start()) {
            Path cfg = storescuConfig(tmp, samples);
            ProcessRunner.run(tmp, List.of(storescu.toString(), "-v", "+sd", "+r", "-xf", cfg.toString(), "Harness",
                    "-aec", scp.aeTitle(), "127.0.0.1", String.valueOf(scp.port()), dir.toString()), Map.of(), 120)
                    .check();
            assertThat(scp.stored()).hasSize(samples.size());
            for (Map.Entry<String, Path> e : samples.entrySet()) {
                DicomFile sent = Part10Reader.read(e.getValue());
                String uid = sent.dataset().getString(Tags.SOPInstanceUID);
                TestScp.Stored got = scp.stored().stream().filter(x -> x.sopInstanceUid().equals(uid)).findFirst()
                        .orElseThrow();
                assertThat(got.transferSyntaxUid()).as("syntax kept").isEqualTo(e.getKey());
                assertThat(Dcmtk.pixelBytes(Part10Reader.read(got.file()))).isEqualTo(Dcmtk.pixelBytes(sent));
            }
        }
    }

    @Test
    void findscuAtEveryLevelOfBothModels() throws Exception {
        Path findscu = Peers.require("findscu", "dcmtk");
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).start()) {
            for (Path p : samples.values()) {
                scp.add(p);
            }
            DicomFile one = Part10Reader.read(samples.get(Uids.ExplicitVRLittleEndian));
            String study = one.dataset().getString(Tags.StudyInstanceUID);
            String series = one.dataset().getString(Tags.SeriesInstanceUID);
            record Query(String model, String level, List<String> keys, int expected) {
            }
            List<Query> queries = List.of(
                    new Query("-P", "PATIENT", List.of("PatientID=DCMTK1", "PatientName"), 1),
                    new Query("-P", "STUDY", List.of("PatientID=DCMTK1", "StudyInstanceUID"), 1),
                    new Query("-P", "SERIES", List.of("PatientID=DCMTK1", "StudyInstanceUID=" + study,
                            "SeriesInstanceUID"), 1),
                    new Query("-P", "IMAGE", List.of("PatientID=DCMTK1", "StudyInstanceUID=" + study,
                            "SeriesInstanceUID=" + series, "SOPInstanceUID"), samples.size()),
                    new Query("-S", "STUDY", List.of("PatientName=Client*", "StudyInstanceUID"), 1),
                    new Query("-S", "SERIES", List.of("StudyInstanceUID=" + study, "SeriesInstanceUID", "Modality"), 1),
                    new Query("-S", "IMAGE", List.of("StudyInstanceUID=" + study, "SeriesInstanceUID=" + series,
                            "SOPInstanceUID"), samples.size()));
            int n = 0;
            for (Query q : queries) {
                Path work = Files.createDirectories(tmp.resolve("find" + n++));
                List<String> cmd = new ArrayList<>(List.of(findscu.toString(), "-v", q.model(), "-X", "-aec",
                        scp.aeTitle(), "-k", "QueryRetrieveLevel=" + q.level()));
                for (String k : q.keys()) {
                    cmd.add("-k");
                    cmd.add(k);
                }
                cmd.add("127.0.0.1");
                cmd.add(String.valueOf(scp.port()));
                ProcessRunner.run(work, cmd, Map.of(), 60).check();
                List<Path> responses = listFiles(work, "rsp");
                assertThat(responses).as(q.model() + " " + q.level()).hasSize(q.expected());
                DicomFile rsp = Part10Reader.read(responses.get(0));
                assertThat(rsp.dataset().getString(Tags.QueryRetrieveLevel)).isEqualTo(q.level());
            }
        }
    }

    @Test
    void movescuMovesAStudyToItself() throws Exception {
        Path movescu = Peers.require("movescu", "dcmtk");
        int receivePort = org.dicomharness.dicom.testing.PeerProcess.freePort();
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).destination("MOVESCU", "127.0.0.1", receivePort).start()) {
            for (Path p : samples.values()) {
                scp.add(p);
            }
            String study = Part10Reader.read(samples.get(Uids.ExplicitVRLittleEndian)).dataset()
                    .getString(Tags.StudyInstanceUID);
            Path out = Files.createDirectories(tmp.resolve("moved"));
            ProcessRunner.Result r = ProcessRunner.run(tmp, List.of(movescu.toString(), "-v", "-S", "+xa", "-aet",
                    "MOVESCU", "-aem", "MOVESCU", "+P", String.valueOf(receivePort), "-od", out.toString(), "-aec",
                    scp.aeTitle(), "-k", "QueryRetrieveLevel=STUDY", "-k", "StudyInstanceUID=" + study, "127.0.0.1",
                    String.valueOf(scp.port())), Map.of(), 120);
            // movescu's +xa accepts every syntax DCMTK knows except JPEG Lossless Process 14 (.57): that one
            // sub-operation fails, so the final response is B000 with one failure and the UID in the list.
            String jpeg57 = Part10Reader.read(samples.get(Uids.JPEGLossless)).dataset().getString(Tags.SOPInstanceUID);
            List<Path> moved = listFiles(out, "");
            assertThat(moved).as(r.out() + r.err()).hasSize(samples.size() - 1);
            assertThat(moved).noneMatch(p -> p.getFileName().toString().contains(jpeg57));
            AssociationTrace trace = lastTrace(scp);
            assertThat(trace.toText()).contains("C-MOVE-RSP to msg 1 status B000")
                    .contains("completed=" + (samples.size() - 1) + " failed=1");
            assertThat(r.err()).contains("Received Final Move Response");
        }
    }

    /** A storescu association profile with one presentation context per (SOP Class, transfer syntax) of the files. */
    static Path storescuConfig(Path dir, Map<String, Path> files) throws IOException {
        StringBuilder ts = new StringBuilder("[[TransferSyntaxes]]\n");
        StringBuilder pcs = new StringBuilder("[[PresentationContexts]]\n[Contexts]\n");
        int n = 0;
        for (Map.Entry<String, Path> e : files.entrySet()) {
            n++;
            ts.append("[TS").append(n).append("]\nTransferSyntax1 = ").append(e.getKey()).append('\n');
            String sop = org.dicomharness.dicom.net.dimse.DataSets.header(e.getValue()).dataset()
                    .getString(Tags.SOPClassUID);
            pcs.append("PresentationContext").append(n).append(" = ").append(sop).append("\\TS").append(n).append('\n');
        }
        Path cfg = dir.resolve("storescu.cfg");
        Files.writeString(cfg, ts + "\n" + pcs + "\n[[Profiles]]\n[Harness]\nPresentationContexts = Contexts\n");
        return cfg;
    }

    @Test
    void getscuRetrievesAStudyOverItsOwnAssociation() throws Exception {
        Path getscu = Peers.require("getscu", "dcmtk");
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).start()) {
            List<String> nativeUids = new ArrayList<>();
            for (Map.Entry<String, Path> e : samples.entrySet()) {
                scp.add(e.getValue());
                if (!TransferSyntax.of(e.getKey()).encapsulated()) {
                    nativeUids.add(Part10Reader.read(e.getValue()).dataset().getString(Tags.SOPInstanceUID));
                }
            }
            String study = Part10Reader.read(samples.get(Uids.ExplicitVRLittleEndian)).dataset()
                    .getString(Tags.StudyInstanceUID);
            Path out = Files.createDirectories(tmp.resolve("got"));
            ProcessRunner.Result r = ProcessRunner.run(tmp, List.of(getscu.toString(), "-v", "-S", "-od",
                    out.toString(), "-aec", scp.aeTitle(), "-k", "QueryRetrieveLevel=STUDY", "-k",
                    "StudyInstanceUID=" + study, "127.0.0.1", String.valueOf(scp.port())), Map.of(), 120);
            assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
            List<Path> got = listFiles(out, "");
            for (String uid : nativeUids) {
                assertThat(got).anyMatch(p -> p.getFileName().toString().contains(uid));
            }
            AssociationTrace trace = lastTrace(scp);
            assertThat(trace.toText()).contains("C-GET-RQ").contains("C-STORE-RQ").contains("C-GET-RSP");
        }
    }

    static List<Path> listFiles(Path dir, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isRegularFile(p)).sorted().toList();
        }
    }

    static AssociationTrace lastTrace(TestScp scp) throws InterruptedException {
        for (int i = 0; i < 200 && scp.acceptor().recentTraces().isEmpty(); i++) {
            Thread.sleep(25);
        }
        List<AssociationTrace> traces = scp.acceptor().recentTraces();
        assertThat(traces).isNotEmpty();
        return traces.get(traces.size() - 1);
    }
}
