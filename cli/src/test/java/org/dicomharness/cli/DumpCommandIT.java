package org.dicomharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.interop.DumpComparison;
import org.dicomharness.dicom.interop.DumpListing;
import org.dicomharness.dicom.interop.JsonComparison;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code harness dump} command line, as a user runs it, against DCMTK on the every-VR data set written by
 * dump2dcm in Implicit VR with undefined lengths (the case where most of the VRs come from the dictionary).
 * The element-by-element comparison is the one of the dicom module's DcmtkCorpusIT, run here on the CLI's
 * own output: {@code harness dump --all} against {@code dcmdump +L -Un}, {@code harness dump --json} against
 * {@code dcm2json}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DumpCommandIT {

    private Path dir;
    private Path file;

    @BeforeAll
    void writeFileWithDcmtk(@TempDir Path tempDir) throws IOException {
        Peers.require("dump2dcm", "dcmtk");
        Peers.require("dcmdump", "dcmtk");
        Peers.require("dcm2json", "dcmtk");
        dir = tempDir;
        try (InputStream in = DumpCommandIT.class.getResourceAsStream("/org/dicomharness/dicom/interop/vrs.dump")) {
            assertThat(in).as("vrs.dump from the dicom test jar").isNotNull();
            Files.write(dir.resolve("vrs.dump"), in.readAllBytes());
        }
        ProcessRunner.run(dir, List.of("dump2dcm", "+ti", "-e", "vrs.dump", "vrs.dcm")).check();
        file = dir.resolve("vrs.dcm");
    }

    @Test
    void harnessDumpAllAgreesWithDcmdump() {
        String ours = harness("dump", "--all", file.toString());
        String theirs = ProcessRunner.run(dir, List.of("dcmdump", "+L", "-Un", file.toString())).check()
                .out(StandardCharsets.UTF_8);
        DumpListing a = DumpListing.parse(theirs);
        DumpListing b = DumpListing.parse(ours);
        DumpComparison.Result meta = DumpComparison.compare("vrs.dcm meta", a.meta(), b.meta());
        DumpComparison.Result data = DumpComparison.compare("vrs.dcm", a.dataset(), b.dataset());
        assertThat(meta.mismatches()).isEmpty();
        assertThat(data.mismatches()).isEmpty();
        assertThat(meta.elements()).isEqualTo(7);
        assertThat(data.elements()).isGreaterThan(80);
    }

    @Test
    void harnessDumpJsonAgreesWithDcm2json() throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        JsonNode ours = mapper.readTree(harness("dump", "--json", file.toString()));
        JsonNode theirs = mapper.readTree(ProcessRunner.run(dir, List.of("dcm2json", file.toString())).check()
                .out(StandardCharsets.UTF_8));
        JsonComparison.Result result = JsonComparison.compare("vrs.dcm", theirs, ours, true, Map.of());
        assertThat(result.mismatches()).isEmpty();
        assertThat(result.attributes()).isGreaterThan(80);
    }

    /** Runs the command line in this JVM and returns what it printed; fails on a non-zero exit code. */
    private static String harness(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = Harness.run(args);
        } finally {
            System.setOut(saved);
        }
        assertThat(exit).as("exit code of harness %s", String.join(" ", args)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
