package org.dicomharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheRequestedStudiesInTheRequestedSyntax() throws IOException {
        int exit = Harness.run("generate", "--modality", "CT", "--studies", "3", "--instances", "2", "--syntax", "rle",
                "--seed", "5", "-q", "--out", dir.toString());
        assertThat(exit).isZero();
        List<Path> files = dicomFiles(dir);
        assertThat(files).hasSize(6);
        DicomFile first = Part10Reader.read(files.get(0));
        assertThat(first.transferSyntax().uid()).isEqualTo("1.2.840.10008.1.2.5");
        assertThat(first.dataset().getString(Tags.Modality)).isEqualTo("CT");
        assertThat(files.stream().map(p -> p.getParent().getParent().getFileName().toString()).distinct())
                .containsExactly("study-001", "study-002", "study-003");
    }

    @Test
    void sameSeedSameBytes() throws IOException {
        String[] args = {"generate", "-m", "MR,KO", "--instances", "1", "--seed", "9", "-q", "--out"};
        assertThat(Harness.run(concat(args, dir.resolve("a").toString()))).isZero();
        assertThat(Harness.run(concat(args, dir.resolve("b").toString()))).isZero();
        List<Path> a = dicomFiles(dir.resolve("a"));
        List<Path> b = dicomFiles(dir.resolve("b"));
        assertThat(a).hasSize(2);
        for (int i = 0; i < a.size(); i++) {
            assertThat(Files.readAllBytes(a.get(i))).isEqualTo(Files.readAllBytes(b.get(i)));
        }
    }

    @Test
    void corporaAreWrittenWithTheirCatalogues() {
        assertThat(Harness.run("generate", "--corpus", "all", "-q", "--out", dir.toString())).isZero();
        assertThat(dir.resolve("malformed/catalogue.yaml")).exists();
        assertThat(dir.resolve("charsets/iso2022-japanese.dcm")).exists();
        assertThat(dir.resolve("vendor-quirks/mrstyle-un-sequence.dcm")).exists();
    }

    @Test
    void unknownModalityOrSyntaxIsAUsageError() {
        assertThat(Harness.run("generate", "--modality", "XR", "--out", dir.toString())).isEqualTo(2);
        assertThat(Harness.run("generate", "--modality", "CT", "--syntax", "jpeg-xl", "--out", dir.toString()))
                .isEqualTo(2);
        assertThat(Harness.run("generate", "--out", dir.toString())).isEqualTo(2);
    }

    private static String[] concat(String[] a, String last) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = last;
        return out;
    }

    private static List<Path> dicomFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
    }
}
