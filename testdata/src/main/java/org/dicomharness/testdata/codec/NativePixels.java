package org.dicomharness.testdata.codec;

import java.util.Arrays;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/**
 * The native Pixel Data of a data set and the Image Pixel attributes needed to cut it into frames and
 * samples (PS3.5 8.1, PS3.3 C.7.6.3): frames back to back, samples interleaved, words little endian.
 *
 * @param rows            Rows
 * @param columns         Columns
 * @param samplesPerPixel Samples per Pixel
 * @param bitsAllocated   Bits Allocated (8 or 16)
 * @param frames          Number of Frames (1 when absent)
 * @param data            the Pixel Data value
 */
public record NativePixels(int rows, int columns, int samplesPerPixel, int bitsAllocated, int frames, byte[] data) {

    /**
     * Reads the pixel attributes of {@code ds}.
     *
     * @throws IllegalArgumentException when the data set has no native Pixel Data, or the value is shorter
     *                                  than the attributes promise
     */
    public static NativePixels of(Dataset ds) {
        DataElement pixelData = ds.get(Tags.PixelData);
        if (pixelData == null || !(pixelData.value() instanceof ByteValue bytes)) {
            throw new IllegalArgumentException("no native Pixel Data in memory to encode");
        }
        NativePixels p = new NativePixels(ds.getInt(Tags.Rows, 0), ds.getInt(Tags.Columns, 0),
                ds.getInt(Tags.SamplesPerPixel, 1), ds.getInt(Tags.BitsAllocated, 0),
                ds.getInt(Tags.NumberOfFrames, 1), bytes.unsafeBytes());
        if (p.bitsAllocated != 8 && p.bitsAllocated != 16) {
            throw new IllegalArgumentException("Bits Allocated " + p.bitsAllocated + " is not supported (8 or 16)");
        }
        if ((long) p.frameLength() * p.frames > p.data.length) {
            throw new IllegalArgumentException("Pixel Data holds " + p.data.length + " bytes, less than the "
                    + p.frames + " frame(s) of " + p.frameLength() + " bytes its attributes describe");
        }
        return p;
    }

    public int bytesPerSample() {
        return bitsAllocated / 8;
    }

    public int frameLength() {
        return rows * columns * samplesPerPixel * bytesPerSample();
    }

    /** A copy of frame {@code index} (0-based). */
    public byte[] frame(int index) {
        return Arrays.copyOfRange(data, index * frameLength(), (index + 1) * frameLength());
    }
}
