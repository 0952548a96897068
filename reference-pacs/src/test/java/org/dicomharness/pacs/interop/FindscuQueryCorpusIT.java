package org.dicomharness.pacs.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.DicomWriter;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.net.ReferencePacs;
import org.dicomharness.pacs.query.InformationModel;
import org.dicomharness.pacs.query.QueryCorpus;
import org.dicomharness.pacs.query.QueryCorpus.QueryCase;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The QueryCorpus table (every matching rule of PS3.4 C.2.2.2 at every level of both information models, proven
 * in-process by QueryServiceTest) asked again over the network by DCMTK findscu, against a fresh PACS loaded by
 * DCMTK storescu. Each case becomes {@code findscu -P|-S -k ...}; a sequence key uses DCMTK's path syntax
 * ({@code ProcedureCodeSequence[0].CodeValue=CTHEAD}); a key with characters outside ASCII goes into a query file
 * with Specific Character Set ISO_IR 100, so the query's bytes do not depend on the platform's argument encoding.
 * The responses findscu writes ({@code -X}) are read with our reader: exactly the expected matches, one each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindscuQueryCorpusIT {

    private final AtomicInteger run = new AtomicInteger();
    private Path findscu;
    private Path work;
    private ReferencePacs pacs;

    @BeforeAll
    void loadCorpus(@TempDir Path tmp) throws IOException {
        findscu = Peers.require("findscu", "dcmtk");
        Path storescu = Peers.require("storescu", "dcmtk");
        work = tmp;
        pacs = ReferencePacs.start(PacsConfig.defaults(tmp.resolve("pacs")).withPort(0).withMonitoringPort(-1)
                .withFsync(false), ArchivalValidator.NONE);
        Path files = tmp.resolve("corpus");
        int objects = QueryCorpusFiles.write(files).size();
        QueryCorpusFiles.storeWithStorescu(storescu, files, pacs.aeTitle(), pacs.port());
        assertThat(pacs.archive().index().all()).as("corpus loaded by storescu").hasSize(objects);
    }

    @AfterAll
    void stop() {
        if (pacs != null) {
            pacs.close();
        }
    }

    Stream<QueryCase> cases() {
        return QueryCorpus.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findscuGetsExactlyTheExpectedMatches(QueryCase c) throws IOException {
        Path dir = Files.createDirectories(work.resolve("find-" + run.incrementAndGet()));
        List<String> cmd = findscuCommand(c, dir);
        ProcessRunner.Result r = ProcessRunner.run(dir, cmd, Map.of(), 60);
        String log = r.out(StandardCharsets.UTF_8) + r.err();
        assertThat(r.exitCode()).as(String.join(" ", cmd) + "\n" + log).isZero();
        List<Dataset> responses = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("rsp")).sorted().toList()) {
                DicomFile f = Part10Reader.read(p);
                responses.add(f.dataset());
            }
        }
        int resultTag = ElementDictionary.standard().tagOf(c.resultKey());
        Set<String> found = new HashSet<>();
        for (Dataset rsp : responses) {
            assertThat(rsp.getString(Tags.QueryRetrieveLevel)).as(c.name()).isEqualTo(c.level().name());
            found.add(rsp.getString(resultTag));
        }
        assertThat(found).as(c.name() + "\n" + String.join(" ", cmd)).containsExactlyInAnyOrderElementsOf(c.expected());
        assertThat(responses).as(c.name() + ": one response per match").hasSize(c.expected().size());
    }

    /** {@code findscu -P|-S -X -k QueryRetrieveLevel=... -k Key[=value]... [query file]}. */
    private List<String> findscuCommand(QueryCase c, Path dir) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(findscu.toString(),
                c.model() == InformationModel.PATIENT_ROOT ? "-P" : "-S", "-X", "-aet", "FINDSCU", "-aec",
                pacs.aeTitle(), "-k", "QueryRetrieveLevel=" + c.level().name()));
        Dataset nonAscii = new Dataset();
        nonAscii.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        for (Map.Entry<String, String> key : c.keys().entrySet()) {
            String keyword = key.getKey();
            String value = key.getValue();
            if (!StandardCharsets.US_ASCII.newEncoder().canEncode(value)) {
                int tag = ElementDictionary.standard().tagOf(keyword);
                nonAscii.setString(tag, ElementDictionary.standard().vrOf(tag), value);
                continue;
            }
            int dot = keyword.indexOf('.');
            String path = dot < 0 ? keyword : keyword.substring(0, dot) + "[0]" + keyword.substring(dot);
            cmd.add("-k");
            cmd.add(value.isEmpty() ? path : path + "=" + value);
        }
        cmd.add("127.0.0.1");
        cmd.add(Integer.toString(pacs.port()));
        if (nonAscii.size() > 1) {
            // A bare data set (no File Meta Information), as DCMTK's own query files are; findscu detects the syntax.
            Path query = dir.resolve("query.dcm");
            try (OutputStream out = Files.newOutputStream(query)) {
                new DicomWriter(out, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults())
                        .writeDataset(nonAscii);
            }
            cmd.add(query.toString());
        }
        return cmd;
    }
}
