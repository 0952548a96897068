package org.dicomharness.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.testdata.corpus.Corpora;
import org.dicomharness.testdata.corpus.Defect;
import org.dicomharness.testdata.peers.Dciodvfy;
import org.dicomharness.testdata.peers.Dcmdump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpora against real peers: the character-set and vendor-quirk files are valid (zero dciodvfy
 * errors, dcmdump reads them), and every malformed file is reported by dciodvfy or dcmdump, where the
 * valid file it derives from is not.
 */
class CorporaIT {

    @TempDir
    Path dir;

    @Test
    void characterSetAndVendorQuirkFilesAreValid() throws IOException {
        Map<String, List<String>> findings = new LinkedHashMap<>();
        for (Corpora.Kind kind : List.of(Corpora.Kind.CHARSETS, Corpora.Kind.VENDOR_QUIRKS)) {
            for (Path f : Corpora.write(dir, kind, 11)) {
                if (!f.toString().endsWith(".dcm")) {
                    continue;
                }
                List<String> problems = new ArrayList<>(Dciodvfy.errors(f));
                // dcmdump notes, as a warning, that it reads the UN private sequence as Implicit VR (CP-246).
                Dcmdump.complaints(f).stream().filter(l -> !l.contains("CP-246")).forEach(problems::add);
                if (!problems.isEmpty()) {
                    findings.put(f.getFileName().toString(), problems);
                }
            }
        }
        assertThat(findings).as(() -> findings.toString()).isEmpty();
    }

    @Test
    void everyDefectIsReportedByAPeer() throws IOException {
        Path dciodvfy = Peers.require("dciodvfy", "dicom3tools");
        List<Path> files = Corpora.write(dir, Corpora.Kind.MALFORMED, 11);
        Path valid = files.get(0);
        assertThat(Dciodvfy.errors(valid)).isEmpty();
        assertThat(Dcmdump.complaints(valid)).isEmpty();
        Set<String> baseline = Set.copyOf(output(dciodvfy, valid));
        List<String> unreported = new ArrayList<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        for (Defect d : Defect.values()) {
            Path f = files.get(d.ordinal() + 1);
            assertThat(f.getFileName().toString()).endsWith(d.id() + ".dcm");
            // Anything dciodvfy says about this file that it did not say about the valid one.
            List<String> news = output(dciodvfy, f).stream().filter(l -> !baseline.contains(l)).toList();
            List<String> dump = Dcmdump.complaints(f);
            if (news.isEmpty() && dump.isEmpty()) {
                unreported.add(d.id());
            } else {
                evidence.put(d.id(), (news.isEmpty() ? dump : news).get(0));
            }
        }
        System.out.println(evidence.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n")));
        assertThat(unreported).as("defects no peer reported").isEmpty();
    }

    /** dciodvfy's stdout and stderr lines, with file names removed. */
    private static List<String> output(Path dciodvfy, Path file) {
        ProcessRunner.Result r = ProcessRunner.run(null, List.of(dciodvfy.toString(), file.toString()));
        return (r.err() + "\n" + r.out()).lines().map(l -> l.replace(file.toString(), "FILE"))
                .filter(l -> !l.isBlank()).toList();
    }
}
