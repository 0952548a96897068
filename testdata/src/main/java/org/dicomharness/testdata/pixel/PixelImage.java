package org.dicomharness.testdata.pixel;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * Native pixel data and the Image Pixel attributes that describe it (PS3.3 C.7.6.3, PS3.5 8.1): frames one
 * after another, samples interleaved (Planar Configuration 0), 16-bit words little endian.
 *
 * @param rows            Rows
 * @param columns         Columns
 * @param samplesPerPixel 1 or 3
 * @param bitsAllocated   8 or 16
 * @param bitsStored      Bits Stored (High Bit is one less)
 * @param signed          Pixel Representation 1 (two's complement)
 * @param photometric     Photometric Interpretation
 * @param frames          Number of Frames
 * @param multiFrameIod   whether the IOD is multi-frame, so Number of Frames is written even for one frame
 * @param data            the frames, native little endian
 */
public record PixelImage(int rows, int columns, int samplesPerPixel, int bitsAllocated, int bitsStored,
                         boolean signed, String photometric, int frames, boolean multiFrameIod, byte[] data) {

    public PixelImage {
        long expected = (long) rows * columns * samplesPerPixel * (bitsAllocated / 8) * frames;
        if (data.length != expected) {
            throw new IllegalArgumentException("pixel data of " + data.length + " bytes does not match " + frames
                    + " frame(s) of " + rows + "x" + columns + "x" + samplesPerPixel + " at " + bitsAllocated
                    + " bits (" + expected + " bytes)");
        }
    }

    /** 16-bit monochrome frames; values must fit {@code bitsStored}. */
    public static PixelImage monochrome16(int rows, int columns, int bitsStored, boolean signed, String photometric,
                                          boolean multiFrameIod, List<short[]> frames) {
        ByteBuffer buf = ByteBuffer.allocate(rows * columns * 2 * frames.size()).order(ByteOrder.LITTLE_ENDIAN);
        int min = signed ? -(1 << (bitsStored - 1)) : 0;
        int max = signed ? (1 << (bitsStored - 1)) - 1 : (1 << bitsStored) - 1;
        for (short[] frame : frames) {
            for (short s : frame) {
                int v = signed ? s : Short.toUnsignedInt(s);
                if (v < min || v > max) {
                    throw new IllegalArgumentException("pixel value " + v + " does not fit " + bitsStored
                            + " stored bits");
                }
                buf.putShort(s);
            }
        }
        return new PixelImage(rows, columns, 1, 16, bitsStored, signed, photometric, frames.size(), multiFrameIod,
                buf.array());
    }

    /** 8-bit frames with {@code samples} interleaved samples per pixel. */
    public static PixelImage bytes8(int rows, int columns, int samples, String photometric, boolean multiFrameIod,
                                    List<byte[]> frames) {
        byte[] data = new byte[rows * columns * samples * frames.size()];
        int at = 0;
        for (byte[] frame : frames) {
            System.arraycopy(frame, 0, data, at, frame.length);
            at += frame.length;
        }
        return new PixelImage(rows, columns, samples, 8, 8, false, photometric, frames.size(), multiFrameIod, data);
    }

    /** Bytes per frame. */
    public int frameLength() {
        return rows * columns * samplesPerPixel * (bitsAllocated / 8);
    }

    /** A copy of frame {@code index} (0-based). */
    public byte[] frame(int index) {
        return Arrays.copyOfRange(data, index * frameLength(), (index + 1) * frameLength());
    }
}
