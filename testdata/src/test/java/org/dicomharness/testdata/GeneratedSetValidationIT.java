package org.dicomharness.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dicomharness.testdata.peers.Dciodvfy;
import org.dicomharness.testdata.peers.Dcmdump;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole generated set (every kind, two instances of each) in every syntax, checked by peers nobody
 * here wrote: dicom3tools' dciodvfy must report zero errors, DCMTK's dcmdump must read every file without
 * a warning. In compressed syntaxes, objects without pixel data (and, for JPEG Baseline, 16-bit images)
 * are written in Explicit VR Little Endian; {@link #compressedSyntaxesCompressWhatTheyCan} checks which.
 */
class GeneratedSetValidationIT {

    @TempDir
    static Path dir;

    static GeneratedCorpus corpus;

    @BeforeAll
    static void generate() {
        corpus = GeneratedCorpus.generate(CorpusSpec.everyKind(20250101L, 2));
    }

    /** dciodvfy reads every syntax but Deflated (a limitation of the tool, see PEERS.md). */
    @ParameterizedTest
    @EnumSource(value = OutputSyntax.class, mode = EnumSource.Mode.EXCLUDE, names = "DEFLATED")
    void dciodvfyFindsNoError(OutputSyntax syntax) throws IOException {
        List<WrittenFile> files = corpus.write(dir.resolve(syntax.option()), syntax);
        assertThat(files).hasSize(corpus.size());
        Map<Path, List<String>> errors = new LinkedHashMap<>();
        for (WrittenFile f : files) {
            List<String> found = Dciodvfy.errors(f.path());
            if (!found.isEmpty()) {
                errors.put(dir.relativize(f.path()), found);
            }
        }
        assertThat(errors).as(() -> "dciodvfy errors in " + syntax.option() + ":\n" + format(errors)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(OutputSyntax.class)
    void dcmdumpReadsEveryFileWithoutWarnings(OutputSyntax syntax) throws IOException {
        List<WrittenFile> files = corpus.write(dir.resolve("dump-" + syntax.option()), syntax);
        Map<Path, List<String>> complaints = new LinkedHashMap<>();
        for (WrittenFile f : files) {
            List<String> found = Dcmdump.complaints(f.path());
            if (!found.isEmpty()) {
                complaints.put(dir.relativize(f.path()), found);
            }
        }
        assertThat(complaints).as(() -> "dcmdump complaints in " + syntax.option() + ":\n" + format(complaints))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = OutputSyntax.class, names = {"RLE", "JPEG_BASELINE", "JPEG2000", "JPEG_LOSSLESS", "JPEG_LS"})
    void compressedSyntaxesCompressWhatTheyCan(OutputSyntax syntax) throws IOException {
        if (syntax == OutputSyntax.JPEG_LOSSLESS || syntax == OutputSyntax.JPEG_LS) {
            org.dicomharness.dicom.testing.Peers.require(syntax == OutputSyntax.JPEG_LS ? "dcmcjpls" : "dcmcjpeg",
                    "dcmtk");
        }
        List<WrittenFile> files = corpus.write(dir.resolve("which-" + syntax.option()), syntax);
        for (WrittenFile f : files) {
            boolean expected = f.kind().hasPixelData()
                    && (syntax != OutputSyntax.JPEG_BASELINE
                    || f.source().getInt(org.dicomharness.dicom.dict.Tags.BitsAllocated, 0) == 8);
            assertThat(f.inRequestedSyntax()).as(f.path() + ": " + f.note()).isEqualTo(expected);
        }
    }

    @Test
    void everyKindIsInTheSet() {
        List<ObjectKind> kinds = new ArrayList<>();
        corpus.studies().forEach(s -> s.series().forEach(series -> kinds.add(series.kind())));
        assertThat(kinds).containsExactly(ObjectKind.values());
    }

    static String format(Map<Path, List<String>> findings) {
        return findings.entrySet().stream()
                .map(e -> e.getKey() + "\n  " + String.join("\n  ", e.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
