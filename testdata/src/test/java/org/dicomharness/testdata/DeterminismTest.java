package org.dicomharness.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedWritesTheSameBytes() throws IOException {
        CorpusSpec spec = CorpusSpec.everyKind(20240901L, 2);
        List<WrittenFile> a = GeneratedCorpus.generate(spec).write(dir.resolve("a"), OutputSyntax.EXPLICIT);
        List<WrittenFile> b = GeneratedCorpus.generate(spec).write(dir.resolve("b"), OutputSyntax.EXPLICIT);
        assertThat(a).hasSameSizeAs(b).isNotEmpty();
        for (int i = 0; i < a.size(); i++) {
            assertThat(Files.readAllBytes(a.get(i).path())).as(a.get(i).path().toString())
                    .isEqualTo(Files.readAllBytes(b.get(i).path()));
        }
    }

    /** Our own encoders are deterministic too (the DCMTK-made syntaxes depend on the installed DCMTK). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = OutputSyntax.class,
            names = {"BIG_ENDIAN", "DEFLATED", "RLE", "JPEG_BASELINE", "JPEG2000"})
    void encodersAreDeterministic(OutputSyntax syntax) throws IOException {
        // NM is 16-bit, which JPEG Baseline refuses; the others are 8-bit grey (multi-frame) and RGB.
        List<ObjectKind> kinds = syntax == OutputSyntax.JPEG_BASELINE ? List.of(ObjectKind.US_MULTIFRAME, ObjectKind.SC)
                : List.of(ObjectKind.US_MULTIFRAME, ObjectKind.SC, ObjectKind.NM);
        CorpusSpec spec = new CorpusSpec(77, 1, kinds, 1, 1);
        List<WrittenFile> a = GeneratedCorpus.generate(spec).write(dir.resolve("a"), syntax);
        List<WrittenFile> b = GeneratedCorpus.generate(spec).write(dir.resolve("b"), syntax);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).note()).isEmpty();
            assertThat(Files.readAllBytes(a.get(i).path())).as(a.get(i).path().toString())
                    .isEqualTo(Files.readAllBytes(b.get(i).path()));
        }
    }

    @Test
    void anotherSeedChangesIdentifiersAndPixels() {
        TestStudy a = GeneratedCorpus.generate(new CorpusSpec(1, 1, List.of(ObjectKind.CT), 1, 1)).studies().get(0);
        TestStudy b = GeneratedCorpus.generate(new CorpusSpec(2, 1, List.of(ObjectKind.CT), 1, 1)).studies().get(0);
        assertThat(a.studyInstanceUid()).isNotEqualTo(b.studyInstanceUid());
        assertThat(a.instances().get(0).getBytes(Tags.PixelData)).isNotEqualTo(b.instances().get(0).getBytes(Tags.PixelData));
    }
}
