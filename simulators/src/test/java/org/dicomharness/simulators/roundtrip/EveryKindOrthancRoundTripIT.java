package org.dicomharness.simulators.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.testing.OrthancPeer;
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
 * Issue 7, "every generated object is accepted and returned bit-identical by Orthanc": every {@code ObjectKind}, in
 * every transfer syntax testdata writes (native, Deflated, RLE, JPEG Baseline where the image is 8-bit, JPEG 2000,
 * and JPEG Lossless / JPEG-LS made by DCMTK), is stored in Orthanc by the modality simulator in the file's own
 * syntax, then comes back by C-MOVE to the viewer simulator's SCP and by C-GET with the very SHA-256 of the
 * generated file's data set (what follows the File Meta Information): 119 objects, the 17 kinds in the 4 native
 * syntaxes and the 12 image kinds in RLE, JPEG 2000, JPEG Lossless and JPEG-LS, the 3 8-bit ones in JPEG Baseline.
 * The file Orthanc stored (REST download) is bit-identical too, except in Deflated, which Orthanc stores zero-filled
 * ({@link ZeroFilledDeflateStream}, recognised exactly, not skipped).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryKindOrthancRoundTripIT {

    private static final long SEED = 20250707L;

    private EveryKindCorpus corpus;
    private OrthancPeer orthanc;
    private ViewerSimulator viewer;
    private Target target;
    private Path tmp;
    private final Map<OutputSyntax, SendReport> sent = new EnumMap<>(OutputSyntax.class);

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        tmp = dir;
        Peers.require("dcmcjpeg", "dcmtk");
        Peers.require("dcmcjpls", "dcmtk");
        corpus = EveryKindCorpus.write(dir.resolve("generated"), SEED, List.of(OutputSyntax.values()));
        viewer = new ViewerSimulator(ViewerConfig.of("RTVIEWER", dir.resolve("viewer")));
        Target viewerAe = viewer.startStorage();
        orthanc = OrthancPeer.start(dir.resolve("orthanc"), "ORTHANC",
                Map.of("viewer", Map.entry(viewerAe.aeTitle(), viewerAe.port())));
        target = new Target("ORTHANC", "127.0.0.1", orthanc.dicomPort());
        // Each object only in its own syntax: a fallback would send other bytes than the file's.
        try (ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("RTMODALITY")
                .withProposals(ProposalPolicy.defaults().withFallback(false)))) {
            for (OutputSyntax syntax : corpus.syntaxes()) {
                sent.put(syntax, modality.send(target, corpus.sendables(syntax), SendOptions.defaults()));
            }
        }
    }

    @AfterAll
    void stop() {
        if (orthanc != null) {
            orthanc.close();
        }
        if (viewer != null) {
            viewer.close();
        }
    }

    @Test
    void everyObjectIsStoredAsTheGeneratedFilesBytes() {
        List<String> problems = new ArrayList<>();
        int stored = 0;
        for (OutputSyntax syntax : corpus.syntaxes()) {
            SendReport report = sent.get(syntax);
            for (EveryKindCorpus.Entry e : corpus.entries(syntax)) {
                SentObject o = report.object(e.sopInstanceUid()).orElseThrow();
                if (!o.stored() || o.fallbackUsed() || !e.digest().transferSyntaxUid().equals(o.negotiatedSyntax())
                        || !e.digest().sha256().equals(o.sha256())) {
                    problems.add(syntax.option() + " " + e.kind() + ": " + o);
                } else {
                    stored++;
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        assertThat(stored).isEqualTo(corpus.size());
        System.out.println("Orthanc stored " + stored + " generated objects in " + corpus.syntaxes().size()
                + " transfer syntaxes, each in its own syntax");
    }

    @Test
    void cMoveReturnsEveryObjectBitIdentical() throws IOException {
        RoundTripTable table = new RoundTripTable("Orthanc C-MOVE to the viewer simulator");
        for (OutputSyntax syntax : corpus.syntaxes()) {
            RetrieveReport moved = viewer.move(target, Query.studies().match(Tags.StudyInstanceUID,
                    corpus.studyInstanceUid(syntax)));
            record(table, syntax, moved);
        }
        assertAllIdentical(table);
    }

    @Test
    void cGetInTheStoredSyntaxReturnsEveryObjectBitIdentical() throws IOException {
        RoundTripTable table = new RoundTripTable("Orthanc C-GET, only the stored syntax proposed");
        for (OutputSyntax syntax : corpus.syntaxes()) {
            RetrieveReport got = viewer.get(target, Query.of(QueryModel.STUDY_ROOT, QueryLevel.STUDY)
                    .match(Tags.StudyInstanceUID, corpus.studyInstanceUid(syntax)), RetrieveOptions.of(
                    corpus.sopClasses(syntax), List.of(syntax.transferSyntax().uid())));
            record(table, syntax, got);
        }
        assertAllIdentical(table);
    }

    /**
     * The stored file itself (REST {@code /instances/{id}/file}), which tells a change made on storing from one made on
     * sending. Every data set is stored bit for bit except the Deflated ones, which Orthanc stores zero-filled
     * ({@link ZeroFilledDeflateStream}, checked exactly); the C-MOVE and C-GET tests show they still come back
     * bit-identical.
     */
    @Test
    void theStoredFileHoldsTheDataSetBytesSent() throws IOException {
        RoundTripTable table = new RoundTripTable("Orthanc REST download of the stored file");
        for (OutputSyntax syntax : corpus.syntaxes()) {
            List<ReceivedObject> files = new ArrayList<>();
            for (EveryKindCorpus.Entry e : corpus.entries(syntax)) {
                JsonNode found = orthanc.post("/tools/lookup", e.sopInstanceUid());
                assertThat(found).as("Orthanc knows " + e.sopInstanceUid()).hasSize(1);
                Path file = Files.createDirectories(tmp.resolve("rest").resolve(syntax.option()))
                        .resolve(e.sopInstanceUid() + ".dcm");
                Files.write(file, orthanc.download("/instances/" + found.get(0).get("ID").asText() + "/file"));
                DatasetDigest d = DatasetDigest.ofFile(file);
                files.add(new ReceivedObject(e.sopClassUid(), e.sopInstanceUid(), d.transferSyntaxUid(), file,
                        d.sha256(), d.bytes(), "REST", null));
            }
            table.check(syntax.option(), corpus.entries(syntax), files, corpus.absent(syntax),
                    new ZeroFilledDeflateStream());
        }
        System.out.println(table.render());
        assertThat(table.problems()).as(table.render()).isEmpty();
        // Every object is there bit for bit, or (Deflated only) with Orthanc's zero filler after the same stream.
        assertThat(table.identical() + table.explained()).isEqualTo(corpus.size());
        assertThat(table.explained()).isLessThanOrEqualTo(corpus.entries(OutputSyntax.DEFLATED).size());
    }

    private void record(RoundTripTable table, OutputSyntax syntax, RetrieveReport r) throws IOException {
        table.check(syntax.option(), corpus.entries(syntax), r.received(), corpus.absent(syntax));
        if (!r.succeeded()) {
            table.problem(syntax.option(), r.summary());
        }
    }

    private void assertAllIdentical(RoundTripTable table) {
        System.out.println(table.render());
        assertThat(table.problems()).as(table.render()).isEmpty();
        assertThat(table.identical()).isEqualTo(corpus.size());
    }
}
