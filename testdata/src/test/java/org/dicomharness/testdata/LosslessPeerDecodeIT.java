package org.dicomharness.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DCMTK decompresses what the harness wrote: our own RLE encoder (dcmdrle) and the DCMTK-made JPEG
 * Lossless / JPEG-LS files (dcmdjpeg, dcmdjpls) give back exactly the generated pixels; our JPEG Baseline
 * decodes (dcmdjpeg) to an image close to the original (PSNR).
 */
class LosslessPeerDecodeIT {

    @TempDir
    static Path dir;

    static GeneratedCorpus corpus;

    @BeforeAll
    static void generate() {
        corpus = GeneratedCorpus.generate(CorpusSpec.everyKind(4242L, 1));
    }

    @Test
    void dcmdrleDecodesOurRleToIdenticalPixels() throws IOException {
        assertDecodesIdentically(OutputSyntax.RLE, "dcmdrle");
    }

    @Test
    void dcmdjpegDecodesJpegLosslessToIdenticalPixels() throws IOException {
        Peers.require("dcmcjpeg", "dcmtk");
        assertDecodesIdentically(OutputSyntax.JPEG_LOSSLESS, "dcmdjpeg");
    }

    @Test
    void dcmdjplsDecodesJpegLsToIdenticalPixels() throws IOException {
        Peers.require("dcmcjpls", "dcmtk");
        assertDecodesIdentically(OutputSyntax.JPEG_LS, "dcmdjpls");
    }

    @Test
    void dcmdjpegDecodesOurJpegBaselineCloseToTheOriginal() throws IOException {
        Path program = Peers.require("dcmdjpeg", "dcmtk");
        int checked = 0;
        for (WrittenFile f : corpus.write(dir.resolve("jpeg-baseline"), OutputSyntax.JPEG_BASELINE)) {
            if (!f.inRequestedSyntax()) {
                continue;
            }
            Path decoded = decode(program, f.path());
            Dataset back = Part10Reader.read(decoded).dataset();
            assertThat(back.getString(Tags.PhotometricInterpretation))
                    .isIn("MONOCHROME2", "RGB", "YBR_FULL_422", "YBR_FULL");
            double psnr = psnr(f.source().getBytes(Tags.PixelData), back.getBytes(Tags.PixelData));
            assertThat(psnr).as(f.path() + " PSNR in dB").isGreaterThan(30);
            checked++;
        }
        assertThat(checked).as("SC, US and US multi-frame are 8-bit").isEqualTo(3);
    }

    private void assertDecodesIdentically(OutputSyntax syntax, String decoder) throws IOException {
        Path program = Peers.require(decoder, "dcmtk");
        List<WrittenFile> files = corpus.write(dir.resolve(syntax.option()), syntax);
        int checked = 0;
        for (WrittenFile f : files) {
            if (!f.inRequestedSyntax()) {
                continue;
            }
            Dataset back = Part10Reader.read(decode(program, f.path())).dataset();
            assertThat(back.getBytes(Tags.PixelData)).as(f.path().toString())
                    .isEqualTo(f.source().getBytes(Tags.PixelData));
            checked++;
        }
        assertThat(checked).as("every image kind was compressed and checked").isEqualTo(
                (int) corpus.studies().get(0).series().stream().filter(s -> s.kind().hasPixelData()).count());
    }

    private static Path decode(Path program, Path file) {
        Path out = file.resolveSibling(file.getFileName() + ".decoded");
        ProcessRunner.run(null, List.of(program.toString(), file.toString(), out.toString())).check();
        return out;
    }

    /** Peak signal-to-noise ratio of 8-bit samples. */
    static double psnr(byte[] a, byte[] b) {
        assertThat(b).hasSameSizeAs(a);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = (a[i] & 0xFF) - (b[i] & 0xFF);
            sum += d * d;
        }
        double mse = sum / a.length;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255 * 255 / mse);
    }
}
