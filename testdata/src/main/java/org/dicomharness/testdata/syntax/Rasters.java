package org.dicomharness.testdata.syntax;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.dicomharness.testdata.codec.NativePixels;

/** Native DICOM frames as Java images for the javax.imageio codecs, and back. */
final class Rasters {

    private Rasters() {
    }

    /** Frame {@code index} as an 8-bit grey, 16-bit grey or 8-bit RGB image. */
    static BufferedImage toImage(NativePixels p, int index) {
        byte[] frame = p.frame(index);
        if (p.samplesPerPixel() == 3 && p.bitsAllocated() == 8) {
            BufferedImage img = new BufferedImage(p.columns(), p.rows(), BufferedImage.TYPE_3BYTE_BGR);
            byte[] bgr = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < p.rows() * p.columns(); i++) {
                bgr[i * 3] = frame[i * 3 + 2];
                bgr[i * 3 + 1] = frame[i * 3 + 1];
                bgr[i * 3 + 2] = frame[i * 3];
            }
            return img;
        }
        if (p.samplesPerPixel() == 1 && p.bitsAllocated() == 8) {
            BufferedImage img = new BufferedImage(p.columns(), p.rows(), BufferedImage.TYPE_BYTE_GRAY);
            System.arraycopy(frame, 0, ((DataBufferByte) img.getRaster().getDataBuffer()).getData(), 0, frame.length);
            return img;
        }
        if (p.samplesPerPixel() == 1 && p.bitsAllocated() == 16) {
            BufferedImage img = new BufferedImage(p.columns(), p.rows(), BufferedImage.TYPE_USHORT_GRAY);
            short[] dst = ((DataBufferUShort) img.getRaster().getDataBuffer()).getData();
            ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(dst);
            return img;
        }
        throw new IllegalArgumentException(p.samplesPerPixel() + " sample(s) of " + p.bitsAllocated()
                + " bits have no Java image type here");
    }
}
