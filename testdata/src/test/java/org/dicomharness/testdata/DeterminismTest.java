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

    @Test
    void anotherSeedChangesIdentifiersAndPixels() {
        TestStudy a = GeneratedCorpus.generate(new CorpusSpec(1, 1, List.of(ObjectKind.CT), 1, 1)).studies().get(0);
        TestStudy b = GeneratedCorpus.generate(new CorpusSpec(2, 1, List.of(ObjectKind.CT), 1, 1)).studies().get(0);
        assertThat(a.studyInstanceUid()).isNotEqualTo(b.studyInstanceUid());
        assertThat(a.instances().get(0).getBytes(Tags.PixelData)).isNotEqualTo(b.instances().get(0).getBytes(Tags.PixelData));
    }
}
