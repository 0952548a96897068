package org.dicomharness.testdata.syntax;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.testdata.codec.NativePixels;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * JPEG Baseline, Process 1 (1.2.840.10008.1.2.4.50) with the JDK's javax.imageio JPEG writer. Process 1
 * holds 8-bit samples only (PS3.5 A.4.1), so 16-bit images (CT, MR, CR, DX, MG, NM, PT) are refused:
 * squeezing them into 8 bits would make an image their IODs do not allow (dciodvfy rejects 8-bit CT).
 * Colour is written as YCbCr with chrominance halved horizontally, which DICOM calls YBR_FULL_422
 * (PS3.5 8.2.1); the result is lossy and gets the attributes and new identity PS3.3 C.7.6.1.1.5 asks for.
 */
final class JpegBaselineEncoder implements PixelEncoder {

    static final float QUALITY = 0.9f;
    private static final String NATIVE_FORMAT = "javax_imageio_jpeg_image_1.0";

    @Override
    public Optional<String> refusal(Dataset dataset) {
        NativePixels p;
        try {
            p = NativePixels.of(dataset);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (p.bitsAllocated() != 8) {
            return Optional.of(p.bitsAllocated() + " bits allocated; JPEG Baseline (Process 1) holds 8-bit samples "
                    + "only (PS3.5 A.4.1)");
        }
        String photometric = dataset.getString(Tags.PhotometricInterpretation);
        if (!"MONOCHROME2".equals(photometric) && !"RGB".equals(photometric)) {
            return Optional.of("Photometric Interpretation " + photometric + " is not encoded (MONOCHROME2 or RGB)");
        }
        return Optional.empty();
    }

    @Override
    public Dataset encode(Dataset dataset) throws IOException {
        NativePixels p = NativePixels.of(dataset);
        List<byte[]> frames = new ArrayList<>();
        long compressed = 0;
        for (int f = 0; f < p.frames(); f++) {
            byte[] jpeg = encodeFrame(Rasters.toImage(p, f));
            frames.add(jpeg);
            compressed += jpeg.length;
        }
        Dataset out = EncodedImage.withFrames(dataset, frames);
        if (p.samplesPerPixel() == 3) {
            out.setString(Tags.PhotometricInterpretation, VR.CS, "YBR_FULL_422");
        }
        EncodedImage.markLossy(out, (double) p.frameLength() * p.frames() / compressed, "ISO_10918_1",
                "Lossy compression with JPEG Baseline (Process 1), quality " + Math.round(QUALITY * 100));
        return out;
    }

    static byte[] encodeFrame(BufferedImage image) throws IOException {
        ImageWriter writer = jdkJpegWriter();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
            if (image.getColorModel().getNumComponents() == 3) {
                // 4:2:2: luminance sampled 2x1, each chrominance 1x1 (YBR_FULL_422, PS3.3 C.7.6.3.1.2).
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(NATIVE_FORMAT);
                NodeList components = root.getElementsByTagName("componentSpec");
                for (int i = 0; i < components.getLength(); i++) {
                    Element c = (Element) components.item(i);
                    c.setAttribute("HsamplingFactor", i == 0 ? "2" : "1");
                    c.setAttribute("VsamplingFactor", "1");
                }
                meta.setFromTree(NATIVE_FORMAT, root);
            }
            writer.write(null, new IIOImage(image, null, meta), param);
            out.flush();
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    /** The JPEG writer of the JDK (a plug-in on the class path could otherwise be picked first). */
    private static ImageWriter jdkJpegWriter() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter fallback = null;
        while (writers.hasNext()) {
            ImageWriter w = writers.next();
            if (w.getClass().getName().startsWith("com.sun.imageio.plugins.jpeg")) {
                return w;
            }
            fallback = fallback == null ? w : fallback;
        }
        if (fallback == null) {
            throw new IOException("no javax.imageio JPEG writer is available in this Java runtime");
        }
        return fallback;
    }
}
