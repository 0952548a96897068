package org.dicomharness.testdata.codec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * RLE Lossless (PS3.5 Annex G), written from the standard. A frame becomes one RLE "frame": a 64-byte header
 * (number of segments, then fifteen 32-bit offsets, little endian) followed by one segment per byte of each
 * sample, most significant byte first (G.2). Each segment is the PackBits encoding of its byte plane, row
 * by row (G.3.1), padded to even length (G.5).
 */
public final class RleCodec {

    static final int HEADER_LENGTH = 64;
    static final int MAX_SEGMENTS = 15;

    private RleCodec() {
    }

    /** Encodes one native frame (samples interleaved, words little endian). */
    public static byte[] encodeFrame(byte[] frame, int rows, int columns, int samplesPerPixel, int bytesPerSample) {
        int segments = samplesPerPixel * bytesPerSample;
        if (segments > MAX_SEGMENTS) {
            throw new IllegalArgumentException(segments + " byte planes exceed the 15 segments of an RLE header (G.5)");
        }
        int pixelStride = samplesPerPixel * bytesPerSample;
        byte[] row = new byte[columns];
        ByteArrayOutputStream body = new ByteArrayOutputStream(frame.length / 2);
        int[] offsets = new int[segments];
        int segment = 0;
        for (int sample = 0; sample < samplesPerPixel; sample++) {
            // G.2: the most significant byte of a sample goes in the lower-numbered segment.
            for (int b = bytesPerSample - 1; b >= 0; b--) {
                offsets[segment++] = HEADER_LENGTH + body.size();
                int byteInPixel = sample * bytesPerSample + b;
                for (int r = 0; r < rows; r++) {
                    int base = r * columns * pixelStride + byteInPixel;
                    for (int c = 0; c < columns; c++) {
                        row[c] = frame[base + c * pixelStride];
                    }
                    PackBits.encodeRow(row, 0, columns, body);
                }
                if ((body.size() & 1) != 0) {
                    body.write(0);
                }
            }
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(segments);
        for (int offset : offsets) {
            header.putInt(offset);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER_LENGTH + body.size());
        out.writeBytes(header.array());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }
}
