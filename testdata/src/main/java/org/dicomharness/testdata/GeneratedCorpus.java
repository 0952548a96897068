package org.dicomharness.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.dicomharness.testdata.syntax.PixelEncoder;

/**
 * A generated set of studies, and the way it goes to disk: one Part 10 file per instance under
 * {@code DIR/study-NNN/series-NNN-KIND/NNNNN.dcm}, sequences and items with defined lengths ({@link DefinedLengths}).
 *
 * @param spec    what was asked for
 * @param studies the studies
 */
public record GeneratedCorpus(CorpusSpec spec, List<TestStudy> studies) {

    public GeneratedCorpus {
        studies = List.copyOf(studies);
    }

    /** Generates the corpus {@code spec} describes; {@code progress} hears of each finished study. */
    public static GeneratedCorpus generate(CorpusSpec spec, Consumer<TestStudy> progress) {
        StudyGenerator generator = new StudyGenerator(spec.seed());
        List<TestStudy> studies = new ArrayList<>();
        for (int i = 0; i < spec.studies(); i++) {
            TestStudy study = generator.generate(i, spec.kinds(), spec.seriesPerKind(), spec.instancesPerSeries());
            studies.add(study);
            progress.accept(study);
        }
        return new GeneratedCorpus(spec, studies);
    }

    public static GeneratedCorpus generate(CorpusSpec spec) {
        return generate(spec, s -> { });
    }

    /** Number of instances. */
    public int size() {
        return studies.stream().mapToInt(s -> s.instances().size()).sum();
    }

    /** Writes every instance in {@code syntax}; see {@link #write(Path, OutputSyntax, Consumer)}. */
    public List<WrittenFile> write(Path dir, OutputSyntax syntax) throws IOException {
        return write(dir, syntax, f -> { });
    }

    /**
     * Writes every instance in {@code syntax}. Objects without Pixel Data, and images the syntax's encoder
     * refuses (JPEG Baseline holds 8-bit samples only), are written in Explicit VR Little Endian instead,
     * and the returned entry says why.
     */
    public List<WrittenFile> write(Path dir, OutputSyntax syntax, Consumer<WrittenFile> progress) throws IOException {
        List<WrittenFile> written = new ArrayList<>();
        for (TestStudy study : studies) {
            written.addAll(writeStudy(dir, study, syntax, progress));
        }
        return written;
    }

    /**
     * Writes one study under {@code dir/study-NNN}, with the fallback rules of
     * {@link #write(Path, OutputSyntax, Consumer)}. Long runs generate and write study by study with this,
     * so that only one study is held in memory.
     */
    public static List<WrittenFile> writeStudy(Path dir, TestStudy study, OutputSyntax syntax,
                                               Consumer<WrittenFile> progress) throws IOException {
        List<WrittenFile> written = new ArrayList<>();
        PixelEncoder encoder = syntax.encoder();
        for (TestSeries series : study.series()) {
            Path seriesDir = dir.resolve(String.format("study-%03d", study.context().index() + 1))
                    .resolve(String.format("series-%03d-%s", series.seriesNumber(), series.kind().option()));
            Files.createDirectories(seriesDir);
            int n = 0;
            for (Dataset ds : series.instances()) {
                n++;
                Path file = seriesDir.resolve(String.format("%05d.dcm", n));
                WrittenFile w = writeOne(file, series.kind(), ds, syntax, encoder);
                written.add(w);
                progress.accept(w);
            }
        }
        return written;
    }

    private static WrittenFile writeOne(Path file, ObjectKind kind, Dataset ds, OutputSyntax syntax,
                                        PixelEncoder encoder) throws IOException {
        TransferSyntax target = syntax.transferSyntax();
        String note = "";
        Dataset out = ds;
        if (!syntax.isNative()) {
            Optional<String> refusal = ds.contains(Tags.PixelData) ? encoder.refusal(ds)
                    : Optional.of("no Pixel Data to compress");
            if (refusal.isPresent()) {
                target = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
                note = refusal.get() + "; written in " + target.name();
            } else {
                out = encoder.encode(ds);
            }
        }
        Part10Writer.write(file, out, target, DefinedLengths.WRITE_OPTIONS);
        return new WrittenFile(file, kind, target, note, ds);
    }
}
