package org.dicomharness.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.DicomWriter;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Generated files encode every sequence and item with a defined length; the negative-test corpora are untouched. */
class DefinedLengthsTest {

    @TempDir
    Path dir;

    /**
     * Our own encoders. The DCMTK-made syntaxes go through the same writer; simulators' EveryKindOrthancRoundTripIT
     * shows them come back bit-identical.
     */
    @ParameterizedTest
    @EnumSource(value = OutputSyntax.class, names = {"IMPLICIT", "EXPLICIT", "BIG_ENDIAN", "DEFLATED", "RLE",
        "JPEG_BASELINE", "JPEG2000"})
    void everyGeneratedFileHasDefinedSequenceAndItemLengths(OutputSyntax syntax) throws IOException {
        GeneratedCorpus corpus = GeneratedCorpus.generate(CorpusSpec.everyKind(31, 1));
        List<WrittenFile> files = corpus.write(dir, syntax);
        assertThat(files).hasSize(ObjectKind.values().length);
        int sequences = 0;
        for (WrittenFile f : files) {
            DicomFile read = Part10Reader.read(f.path());
            assertThat(DefinedLengths.everywhere(read.dataset())).as(f.path() + " in " + f.syntax()).isTrue();
            sequences += countSequences(read.dataset());
        }
        // Not vacuous: the generated objects are full of sequences (codes, functional groups, SR content).
        assertThat(sequences).isGreaterThan(100);
    }

    @Test
    void inMemoryTheGeneratorKeepsTheDatasetDefaultAndMarkRecordsDefinedLengthsAtEveryDepth() throws IOException {
        Dataset sr = new StudyGenerator(5).generate(0, List.of(ObjectKind.RDSR), 1, 1).instances().get(0);
        assertThat(DefinedLengths.everywhere(sr)).isFalse();
        Dataset copy = sr.copy();
        assertThat(DefinedLengths.mark(copy)).isSameAs(copy);
        assertThat(DefinedLengths.everywhere(copy)).isTrue();
        // A writer preserving the recorded encoding now writes what the generated files hold.
        assertThat(encode(copy, WriteOptions.defaults())).isEqualTo(encode(sr, DefinedLengths.WRITE_OPTIONS))
                .isNotEqualTo(encode(sr, WriteOptions.defaults()));
    }

    private static byte[] encode(Dataset ds, WriteOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DicomWriter(out, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, options).writeDataset(ds);
        return out.toByteArray();
    }

    private static int countSequences(Dataset ds) {
        int n = 0;
        for (DataElement e : ds) {
            if (e.value() instanceof Sequence seq) {
                n++;
                for (Dataset item : seq) {
                    n += countSequences(item);
                }
            }
        }
        return n;
    }
}
