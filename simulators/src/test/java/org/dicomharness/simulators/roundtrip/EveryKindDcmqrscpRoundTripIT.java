package org.dicomharness.simulators.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.BulkDataPolicy;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.ReadOptions;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.simulators.DatasetDigest;
import org.dicomharness.simulators.Target;
import org.dicomharness.simulators.modality.ModalityConfig;
import org.dicomharness.simulators.modality.ModalitySimulator;
import org.dicomharness.simulators.modality.ProposalPolicy;
import org.dicomharness.simulators.modality.SendOptions;
import org.dicomharness.simulators.modality.SendReport;
import org.dicomharness.simulators.modality.SentObject;
import org.dicomharness.simulators.viewer.Query;
import org.dicomharness.simulators.viewer.QueryLevel;
import org.dicomharness.simulators.viewer.QueryModel;
import org.dicomharness.simulators.viewer.ReceivedObject;
import org.dicomharness.simulators.viewer.RetrieveOptions;
import org.dicomharness.simulators.viewer.RetrieveReport;
import org.dicomharness.simulators.viewer.ViewerConfig;
import org.dicomharness.simulators.viewer.ViewerSimulator;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, "every generated object is accepted and returned bit-identical by DCMTK dcmqrscp": every
 * {@code ObjectKind} in each syntax dcmqrscp handles without codecs (Implicit and Explicit VR Little Endian,
 * Explicit VR Big Endian, Deflated) is stored by the modality simulator in the file's own syntax, then comes back by
 * C-MOVE to the viewer simulator's SCP and by C-GET, and the file dcmqrscp stored is read from its database folder;
 * each time the data set has the very SHA-256 of the generated file's: 68 objects, 17 kinds in 4 syntaxes. (dcmqrscp
 * has no codecs to send compressed objects back, PEERS.md; Orthanc covers those.)
 *
 * <p>dcmqrscp sends an object in the syntax of the presentation context it gets, converting among the native ones.
 * For a C-MOVE it is the proposer, and the viewer accepts its first proposal; so each syntax has a dcmqrscp of its
 * own told to propose that syntax first ({@code -xi}, {@code -xe}, {@code -xb}, {@code -xd}). For a C-GET the viewer
 * proposes only the stored syntax. It stores in bit-preserving mode ({@code +B}), as {@code ViewerDcmqrscpIT} does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryKindDcmqrscpRoundTripIT {

    private static final long SEED = 20250708L;

    /** The syntax, the incoming preference (which it must accept) and the outgoing proposal that puts it first. */
    private record Setup(OutputSyntax syntax, String accept, String propose) {
    }

    private static final List<Setup> SETUPS = List.of(
            new Setup(OutputSyntax.IMPLICIT, "+x=", "-xi"),
            new Setup(OutputSyntax.EXPLICIT, "+xe", "-xe"),
            new Setup(OutputSyntax.BIG_ENDIAN, "+xb", "-xb"),
            new Setup(OutputSyntax.DEFLATED, "+xd", "-xd"));

    private EveryKindCorpus corpus;
    private ViewerSimulator viewer;
    private final Map<OutputSyntax, PeerProcess> peers = new EnumMap<>(OutputSyntax.class);
    private final Map<OutputSyntax, Target> targets = new EnumMap<>(OutputSyntax.class);
    private final Map<OutputSyntax, Path> databases = new EnumMap<>(OutputSyntax.class);
    private final Map<OutputSyntax, SendReport> sent = new EnumMap<>(OutputSyntax.class);

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        Path exe = Peers.require("dcmqrscp", "dcmtk");
        corpus = EveryKindCorpus.write(dir.resolve("generated"), SEED,
                SETUPS.stream().map(Setup::syntax).toList());
        viewer = new ViewerSimulator(ViewerConfig.of("RTVIEWER", dir.resolve("viewer")));
        Target self = viewer.startStorage();
        for (Setup s : SETUPS) {
            Path work = Files.createDirectories(dir.resolve("dcmqrscp-" + s.syntax().option()));
            Path db = Files.createDirectories(work.resolve("db"));
            int port = PeerProcess.freePort();
            Path cfg = work.resolve("dcmqrscp.cfg");
            Files.writeString(cfg, String.join("\n",
                    "NetworkTCPPort = " + port, "MaxPDUSize = 65536", "MaxAssociations = 16",
                    "HostTable BEGIN", "viewer = (" + self.aeTitle() + ", 127.0.0.1, " + self.port() + ")",
                    "HostTable END", "VendorTable BEGIN", "VendorTable END",
                    "AETable BEGIN", "DCMQRSCP " + db + " RW (1000, 1024mb) ANY", "AETable END", ""));
            peers.put(s.syntax(), PeerProcess.start(work, "dcmqrscp", List.of(exe.toString(), "+B", s.accept(),
                    s.propose(), "-c", cfg.toString()), Map.of(), port, Duration.ofSeconds(20)));
            targets.put(s.syntax(), new Target("DCMQRSCP", "127.0.0.1", port));
            databases.put(s.syntax(), db);
        }
        try (ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("RTMODALITY")
                .withProposals(ProposalPolicy.defaults().withFallback(false)))) {
            for (Setup s : SETUPS) {
                sent.put(s.syntax(), modality.send(targets.get(s.syntax()), corpus.sendables(s.syntax()),
                        SendOptions.defaults()));
            }
        }
    }

    @AfterAll
    void stop() {
        peers.values().forEach(PeerProcess::close);
        if (viewer != null) {
            viewer.close();
        }
    }

    @Test
    void everyObjectIsStoredAsTheGeneratedFilesBytes() {
        List<String> problems = new ArrayList<>();
        int stored = 0;
        for (OutputSyntax syntax : corpus.syntaxes()) {
            for (EveryKindCorpus.Entry e : corpus.entries(syntax)) {
                SentObject o = sent.get(syntax).object(e.sopInstanceUid()).orElseThrow();
                if (!o.stored() || o.fallbackUsed() || !e.digest().transferSyntaxUid().equals(o.negotiatedSyntax())
                        || !e.digest().sha256().equals(o.sha256())) {
                    problems.add(syntax.option() + " " + e.kind() + ": " + o);
                } else {
                    stored++;
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems) + "\n" + log()).isEmpty();
        assertThat(stored).isEqualTo(corpus.size());
        System.out.println("dcmqrscp stored " + stored + " generated objects in " + corpus.syntaxes().size()
                + " transfer syntaxes, each in its own syntax");
    }

    @Test
    void cMoveReturnsEveryObjectBitIdentical() throws IOException {
        RoundTripTable table = new RoundTripTable("dcmqrscp C-MOVE to the viewer simulator, the stored syntax proposed "
                + "first");
        for (OutputSyntax syntax : corpus.syntaxes()) {
            RetrieveReport moved = viewer.move(targets.get(syntax), Query.studies().match(Tags.StudyInstanceUID,
                    corpus.studyInstanceUid(syntax)));
            record(table, syntax, moved);
        }
        assertAllIdentical(table);
    }

    @Test
    void cGetInTheStoredSyntaxReturnsEveryObjectBitIdentical() throws IOException {
        RoundTripTable table = new RoundTripTable("dcmqrscp C-GET, only the stored syntax proposed");
        for (OutputSyntax syntax : corpus.syntaxes()) {
            RetrieveReport got = viewer.get(targets.get(syntax), Query.of(QueryModel.STUDY_ROOT, QueryLevel.STUDY)
                    .match(Tags.StudyInstanceUID, corpus.studyInstanceUid(syntax)), RetrieveOptions.of(
                    corpus.sopClasses(syntax), List.of(syntax.transferSyntax().uid())));
            record(table, syntax, got);
        }
        assertAllIdentical(table);
    }

    /** The files in dcmqrscp's database folder: tells a storage change from a sending one. */
    @Test
    void theStoredFileHoldsTheDataSetBytesSent() throws IOException {
        RoundTripTable table = new RoundTripTable("dcmqrscp's stored files");
        for (OutputSyntax syntax : corpus.syntaxes()) {
            List<ReceivedObject> files = new ArrayList<>();
            try (Stream<Path> all = Files.list(databases.get(syntax))) {
                for (Path f : all.filter(p -> !p.getFileName().toString().startsWith("index")).toList()) {
                    DicomFile h = Part10Reader.read(f, ReadOptions.defaults()
                            .withBulkData(BulkDataPolicy.STOP_BEFORE_PIXEL_DATA));
                    DatasetDigest d = DatasetDigest.ofFile(f);
                    files.add(new ReceivedObject(h.dataset().getString(Tags.SOPClassUID),
                            h.dataset().getString(Tags.SOPInstanceUID), d.transferSyntaxUid(), f, d.sha256(), d.bytes(),
                            "DCMQRSCP", null));
                }
            }
            table.check(syntax.option(), corpus.entries(syntax), files, corpus.absent(syntax));
        }
        assertAllIdentical(table);
    }

    private void record(RoundTripTable table, OutputSyntax syntax, RetrieveReport r) throws IOException {
        table.check(syntax.option(), corpus.entries(syntax), r.received(), corpus.absent(syntax));
        if (!r.succeeded()) {
            table.problem(syntax.option(), r.summary());
        }
    }

    private void assertAllIdentical(RoundTripTable table) {
        System.out.println(table.render());
        assertThat(table.problems()).as(table.render() + "\n" + log()).isEmpty();
        assertThat(table.identical()).isEqualTo(corpus.size());
    }

    private String log() {
        StringBuilder sb = new StringBuilder();
        peers.forEach((s, p) -> sb.append("--- dcmqrscp ").append(s.option()).append(" log:\n").append(p.log()));
        return sb.toString();
    }
}
