package org.dicomharness.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Fragments;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.junit.jupiter.api.Test;

/**
 * JPEG 2000 lossless really is lossless: the jai-imageio reader decodes each frame back to the generated
 * pixels. (No peer here decodes JPEG 2000: Debian's DCMTK has no such codec.)
 */
class Jpeg2000RoundTripTest {

    @Test
    void ctFramesDecodeToTheGeneratedPixels() throws IOException {
        Dataset ct = GeneratedCorpus.generate(new CorpusSpec(5, 1, List.of(ObjectKind.CT), 1, 1))
                .studies().get(0).instances().get(0);
        Dataset encoded = OutputSyntax.JPEG2000.encoder().encode(ct);
        Fragments fragments = (Fragments) encoded.get(Tags.PixelData).value();
        byte[] codestream = ((ByteValue) fragments.items().get(1)).unsafeBytes();
        // A bare codestream starts with SOC, FF 4F (PS3.5 A.4.4: no JP2 header).
        assertThat(codestream[0]).isEqualTo((byte) 0xFF);
        assertThat(codestream[1]).isEqualTo((byte) 0x4F);
        Raster raster = decode(codestream).getRaster();
        ByteBuffer original = ByteBuffer.wrap(ct.getBytes(Tags.PixelData)).order(ByteOrder.LITTLE_ENDIAN);
        int columns = ct.getInt(Tags.Columns, 0);
        for (int i = 0; i < original.capacity() / 2; i++) {
            int expected = Short.toUnsignedInt(original.getShort(i * 2));
            assertThat(raster.getSample(i % columns, i / columns, 0)).as("pixel " + i).isEqualTo(expected);
        }
    }

    @Test
    void colourUsesTheReversibleComponentTransform() throws IOException {
        Dataset sc = GeneratedCorpus.generate(new CorpusSpec(5, 1, List.of(ObjectKind.SC), 1, 1))
                .studies().get(0).instances().get(0);
        Dataset encoded = OutputSyntax.JPEG2000.encoder().encode(sc);
        assertThat(encoded.getString(Tags.PhotometricInterpretation)).isEqualTo("YBR_RCT");
        byte[] codestream = ((ByteValue) ((Fragments) encoded.get(Tags.PixelData).value()).items().get(1)).unsafeBytes();
        Raster raster = decode(codestream).getRaster();
        byte[] rgb = sc.getBytes(Tags.PixelData);
        int columns = sc.getInt(Tags.Columns, 0);
        for (int i = 0; i < rgb.length / 3; i += 97) {
            for (int s = 0; s < 3; s++) {
                assertThat(raster.getSample(i % columns, i / columns, s)).isEqualTo(rgb[i * 3 + s] & 0xFF);
            }
        }
    }

    private static BufferedImage decode(byte[] codestream) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg2000").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(codestream))) {
            reader.setInput(in);
            return reader.read(0);
        } finally {
            reader.dispose();
        }
    }
}
