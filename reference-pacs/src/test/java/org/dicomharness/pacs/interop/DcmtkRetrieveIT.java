package org.dicomharness.pacs.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.net.dimse.DataSets;
import org.dicomharness.dicom.testing.Dcmtk;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.config.RemoteAe;
import org.dicomharness.pacs.index.PacsEvent;
import org.dicomharness.pacs.index.StoredInstance;
import org.dicomharness.pacs.net.ReferencePacs;
import org.dicomharness.pacs.query.QueryCorpus;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.dicomharness.testdata.WrittenFile;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Retrieval from the reference PACS by DCMTK clients: movescu to a DCMTK storescp named in the PACS's
 * {@code remoteAes}, getscu on its own association, an unknown Move Destination (A801), and a destination that
 * refuses one SOP Class (B000 with the Failed SOP Instance UID List). The PACS holds the mixed corpus (every transfer
 * syntax, six kinds of object) and the QueryCorpus, both sent by storescu. The receivers write what they receive
 * bit-preserving ({@code +B}), so "bit-identical" means: the data set bytes of the received file equal those of the
 * file originally sent to the PACS and the SHA-256 the PACS indexed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DcmtkRetrieveIT {

    private Path work;
    private Path movescu;
    private Path getscu;
    private MixedCorpus mixed;
    private Map<String, WrittenFile> mixedByUid;
    private Map<String, Path> queryFiles;
    private Path storescpOut;
    private Path ctOnlyOut;
    private PeerProcess storescp;
    private PeerProcess ctOnly;
    private ReferencePacs pacs;

    @BeforeAll
    void start(@TempDir Path tmp) throws IOException {
        work = tmp;
        Path storescu = Peers.require("storescu", "dcmtk");
        movescu = Peers.require("movescu", "dcmtk");
        getscu = Peers.require("getscu", "dcmtk");
        Path storescpProgram = Peers.require("storescp", "dcmtk");
        mixed = MixedCorpus.write(tmp.resolve("corpus"));
        mixedByUid = mixed.bySopInstanceUid();
        queryFiles = QueryCorpusFiles.write(tmp.resolve("query-corpus"));

        storescpOut = Files.createDirectories(tmp.resolve("storescp-out"));
        int storescpPort = PeerProcess.freePort();
        storescp = Dcmtk.storescp(tmp, "STORESCP", storescpOut, storescpPort, "+B");
        // A destination that takes CT images only: Basic Text SR (and everything else) is refused at association time.
        ctOnlyOut = Files.createDirectories(tmp.resolve("ctonly-out"));
        Path ctOnlyCfg = tmp.resolve("ctonly.cfg");
        Files.writeString(ctOnlyCfg, """
                [[TransferSyntaxes]]
                [Native]
                TransferSyntax1 = LocalEndianExplicit
                TransferSyntax2 = LittleEndianImplicit
                [[PresentationContexts]]
                [Contexts]
                PresentationContext1 = VerificationSOPClass\\Native
                PresentationContext2 = CTImageStorage\\Native
                [[Profiles]]
                [CtOnly]
                PresentationContexts = Contexts
                """);
        int ctOnlyPort = PeerProcess.freePort();
        ctOnly = PeerProcess.start(tmp, "storescp-ctonly", List.of(storescpProgram.toString(), "-aet", "CTONLY", "+B",
                "-od", ctOnlyOut.toString(), "-xf", ctOnlyCfg.toString(), "CtOnly", Integer.toString(ctOnlyPort)),
                Map.of(), ctOnlyPort, Duration.ofSeconds(20));

        PacsConfig config = PacsConfig.defaults(tmp.resolve("pacs")).withPort(0).withMonitoringPort(-1).withFsync(false)
                .withRemoteAe(new RemoteAe("STORESCP", "127.0.0.1", storescpPort))
                .withRemoteAe(new RemoteAe("CTONLY", "127.0.0.1", ctOnlyPort));
        pacs = ReferencePacs.start(config, ArchivalValidator.NONE);
        Path profile = StorescuProfile.write(tmp, mixed.files().stream().map(WrittenFile::path).toList());
        ProcessRunner.run(tmp, List.of(storescu.toString(), "+sd", "+r", "-xf", profile.toString(),
                StorescuProfile.PROFILE, "-aet", "LOADER", "-aec", pacs.aeTitle(), "127.0.0.1",
                Integer.toString(pacs.port()), mixed.dir().toString()), Map.of(), 300).check();
        QueryCorpusFiles.storeWithStorescu(storescu, tmp.resolve("query-corpus"), pacs.aeTitle(), pacs.port());
        assertThat(pacs.archive().index().all()).hasSize(mixed.files().size() + queryFiles.size());
    }

    @AfterAll
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {pacs, storescp, ctOnly}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // the next one is closed all the same
            }
        }
    }

    @Test
    void movescuMovesEveryStudyOfEverySyntaxToStorescpBitForBit() throws IOException {
        String studies = String.join("\\", mixed.studyInstanceUids());
        ProcessRunner.Result r = movescu("STORESCP", "StudyInstanceUID=" + studies);
        String log = log(r);
        assertThat(r.exitCode()).as(log).isZero();
        assertThat(log).contains("0x0000: Success").contains("Completed Suboperations       : " + mixed.files().size())
                .contains("Failed Suboperations          : 0");
        assertThat(files(storescpOut)).as("one file per object").hasSize(mixed.files().size());
        for (Map.Entry<String, WrittenFile> e : mixedByUid.entrySet()) {
            Path received = Dcmtk.receivedFile(storescpOut, e.getKey());
            assertBitIdentical(e.getKey(), e.getValue().path(), received);
            assertThat(DataSets.header(received).transferSyntax()).as("sent in the stored syntax")
                    .isEqualTo(e.getValue().syntax());
        }
    }

    /**
     * getscu with different preferred syntaxes: each study arrives whole and bit-identical; with {@code +xs} and
     * {@code +xr} the SR and PDF of the study (stored in Explicit VR Little Endian) go over the JPEG/RLE context
     * getscu proposed first for their SOP Class.
     */
    @ParameterizedTest(name = "getscu {0} retrieves the {1} study")
    @CsvSource({"+x=, explicit", "+xs, jpeg-lossless", "+xr, rle", "+xd, deflated", "+xv, jpeg2000"})
    void getscuRetrievesAStudyBitForBit(String preference, String syntax) throws IOException {
        String study = mixed.studyInstanceUid(OutputSyntax.parse(syntax));
        Path out = Files.createDirectories(work.resolve("getscu" + preference.replace('+', '-').replace('=', 'n')));
        ProcessRunner.Result r = ProcessRunner.run(work, List.of(getscu.toString(), "-v", "+B", preference, "-S",
                "-aet", "GETSCU", "-aec", pacs.aeTitle(), "-od", out.toString(), "-k", "QueryRetrieveLevel=STUDY",
                "-k", "StudyInstanceUID=" + study, "127.0.0.1", Integer.toString(pacs.port())), Map.of(), 120);
        String log = log(r);
        assertThat(r.exitCode()).as(log).isZero();
        assertThat(log).contains("Number of Completed Suboperations : " + MixedCorpus.KINDS.size())
                .contains("Number of Failed Suboperations    : 0");
        List<Path> got = files(out);
        assertThat(got).hasSize(MixedCorpus.KINDS.size());
        for (Path p : got) {
            String uid = p.getFileName().toString();
            WrittenFile sent = mixedByUid.get(uid);
            assertThat(sent).as(uid + " belongs to the study").isNotNull();
            assertThat(sent.source().getString(Tags.StudyInstanceUID)).isEqualTo(study);
            assertBitIdentical(uid, sent.path(), p);
        }
    }

    @Test
    void unknownMoveDestinationIsRefusedWithA801() {
        ProcessRunner.Result r = movescu("NOWHERE", "StudyInstanceUID=" + QueryCorpus.S1);
        String log = log(r);
        // movescu exits with 69 (EXITCODE_CMOVE_ERROR) on a failure status.
        assertThat(r.exitCode()).as(log).isEqualTo(69);
        assertThat(log).contains("Received Final Move Response").contains("0xa801: Refused: Move Destination unknown")
                .contains("Completed Suboperations       : none");
    }

    @Test
    void destinationRefusingTheSrGetsTheCtAndTheFailureIsListed() throws IOException {
        String sr = QueryCorpus.instance(QueryCorpus.series(QueryCorpus.S1, 2), 1);
        List<String> cts = List.of(QueryCorpus.instance(QueryCorpus.series(QueryCorpus.S1, 1), 1),
                QueryCorpus.instance(QueryCorpus.series(QueryCorpus.S1, 1), 2));
        ProcessRunner.Result r = movescu("CTONLY", "StudyInstanceUID=" + QueryCorpus.S1);
        String log = log(r);
        // movescu exits with 68 (EXITCODE_CMOVE_WARNING) on a warning status.
        assertThat(r.exitCode()).as(log).isEqualTo(68);
        assertThat(log).contains("0xb000: Warning: Sub-operations complete - One or more failures or warnings")
                .contains("Completed Suboperations       : 2").contains("Failed Suboperations          : 1")
                .containsPattern("\\(0008,0058\\) UI \\[" + sr.replace(".", "\\.") + "\\] +# +\\d+, 1 "
                        + "FailedSOPInstanceUIDList");
        assertThat(files(ctOnlyOut)).hasSize(2);
        for (String ct : cts) {
            assertBitIdentical(ct, queryFiles.get(ct), Dcmtk.receivedFile(ctOnlyOut, ct));
        }
        assertThat(pacs.archive().events().recent(20, PacsEvent.Kind.MOVE_SUBOPERATION_FAILED))
                .anySatisfy(e -> {
                    assertThat(e.sopInstanceUid()).isEqualTo(sr);
                    assertThat(e.detail()).contains("C-MOVE to CTONLY");
                });
    }

    private ProcessRunner.Result movescu(String destination, String key) {
        return ProcessRunner.run(work, List.of(movescu.toString(), "-d", "-S", "-aet", "MOVESCU", "-aec",
                pacs.aeTitle(), "-aem", destination, "-k", "QueryRetrieveLevel=STUDY", "-k", key, "127.0.0.1",
                Integer.toString(pacs.port())), Map.of(), 120);
    }

    private void assertBitIdentical(String uid, Path sent, Path received) throws IOException {
        StoredInstance row = pacs.archive().index().current(uid).orElseThrow();
        String digest = DataSetDigest.of(received);
        assertThat(digest).as(uid + ": received data set == sent data set").isEqualTo(DataSetDigest.of(sent));
        assertThat(digest).as(uid + ": == SHA-256 the PACS indexed").isEqualTo(row.sha256());
    }

    private static String log(ProcessRunner.Result r) {
        return r.out(StandardCharsets.UTF_8) + r.err();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
