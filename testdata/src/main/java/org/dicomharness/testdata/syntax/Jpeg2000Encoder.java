package org.dicomharness.testdata.syntax;

import com.github.jaiimageio.jpeg2000.J2KImageWriteParam;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.testdata.codec.NativePixels;

/**
 * JPEG 2000 Image Compression (Lossless Only), 1.2.840.10008.1.2.4.90, with the JPEG 2000 writer of
 * jai-imageio: reversible 5/3 wavelet, a bare codestream without the JP2 file header (PS3.5 A.4.4). Colour
 * uses the reversible component transform, so Photometric Interpretation becomes YBR_RCT.
 */
final class Jpeg2000Encoder implements PixelEncoder {

    @Override
    public Optional<String> refusal(Dataset dataset) {
        try {
            NativePixels p = NativePixels.of(dataset);
            if (dataset.getInt(Tags.PixelRepresentation, 0) != 0) {
                return Optional.of("signed pixels are not encoded by this JPEG 2000 path");
            }
            if (p.samplesPerPixel() == 3 && p.bitsAllocated() != 8) {
                return Optional.of("colour JPEG 2000 is encoded for 8-bit samples only");
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public Dataset encode(Dataset dataset) throws IOException {
        NativePixels p = NativePixels.of(dataset);
        List<byte[]> frames = new ArrayList<>();
        for (int f = 0; f < p.frames(); f++) {
            frames.add(encodeFrame(p, f));
        }
        Dataset out = EncodedImage.withFrames(dataset, frames);
        if (p.samplesPerPixel() == 3) {
            out.setString(Tags.PhotometricInterpretation, VR.CS, "YBR_RCT");
        }
        return out;
    }

    private static byte[] encodeFrame(NativePixels p, int frame) throws IOException {
        ImageWriter writer = j2kWriter();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            J2KImageWriteParam param = (J2KImageWriteParam) writer.getDefaultWriteParam();
            param.setLossless(true);
            param.setWriteCodeStreamOnly(true);
            param.setFilter(J2KImageWriteParam.FILTER_53);
            param.setComponentTransformation(p.samplesPerPixel() == 3);
            writer.write(null, new IIOImage(Rasters.toImage(p, frame), null, null), param);
            out.flush();
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static ImageWriter j2kWriter() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg2000");
        if (!writers.hasNext()) {
            throw new IOException("no JPEG 2000 writer: com.github.jai-imageio:jai-imageio-jpeg2000 is missing "
                    + "from the class path");
        }
        return writers.next();
    }
}
