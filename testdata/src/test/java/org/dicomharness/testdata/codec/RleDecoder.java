package org.dicomharness.testdata.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A decoder for RLE Lossless frames (PS3.5 Annex G), used to check the encoder independently of it. */
final class RleDecoder {

    private RleDecoder() {
    }

    static byte[] decodeFrame(byte[] fragment, int rows, int columns, int samples, int bytesPerSample) {
        ByteBuffer header = ByteBuffer.wrap(fragment, 0, 64).order(ByteOrder.LITTLE_ENDIAN);
        int segments = header.getInt();
        if (segments != samples * bytesPerSample) {
            throw new IllegalArgumentException("header says " + segments + " segments, expected "
                    + samples * bytesPerSample);
        }
        int[] offsets = new int[segments + 1];
        for (int i = 0; i < segments; i++) {
            offsets[i] = header.getInt();
        }
        offsets[segments] = fragment.length;
        int pixels = rows * columns;
        int stride = samples * bytesPerSample;
        byte[] out = new byte[pixels * stride];
        int segment = 0;
        for (int sample = 0; sample < samples; sample++) {
            for (int b = bytesPerSample - 1; b >= 0; b--) {
                byte[] plane = unpack(fragment, offsets[segment], offsets[segment + 1], pixels);
                for (int i = 0; i < pixels; i++) {
                    out[i * stride + sample * bytesPerSample + b] = plane[i];
                }
                segment++;
            }
        }
        return out;
    }

    private static byte[] unpack(byte[] src, int from, int to, int length) {
        byte[] out = new byte[length];
        int o = 0;
        int i = from;
        while (o < length && i < to) {
            int n = src[i++];
            if (n >= 0) {
                System.arraycopy(src, i, out, o, n + 1);
                i += n + 1;
                o += n + 1;
            } else if (n != -128) {
                for (int k = 0; k < 1 - n; k++) {
                    out[o++] = src[i];
                }
                i++;
            }
        }
        if (o != length) {
            throw new IllegalArgumentException("segment decoded to " + o + " bytes, expected " + length);
        }
        return out;
    }
}
