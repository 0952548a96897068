package org.dicomharness.testdata.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RleCodecTest {

    @Test
    void sixteenBitFrameRoundTripsWithMostSignificantByteFirst() {
        int rows = 37;
        int columns = 41;
        ByteBuffer frame = ByteBuffer.allocate(rows * columns * 2).order(ByteOrder.LITTLE_ENDIAN);
        Random random = new Random(1);
        for (int i = 0; i < rows * columns; i++) {
            frame.putShort((short) (i % 300 < 150 ? 1000 : random.nextInt(4096)));
        }
        byte[] encoded = RleCodec.encodeFrame(frame.array(), rows, columns, 1, 2);
        ByteBuffer header = ByteBuffer.wrap(encoded).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(header.getInt(0)).isEqualTo(2);
        assertThat(header.getInt(4)).isEqualTo(64);
        // Segment 1 holds the high bytes: the first row starts with 1000 >> 8 = 3, repeated.
        assertThat(encoded[64]).isLessThan((byte) 0);
        assertThat(encoded[65]).isEqualTo((byte) 3);
        assertThat(encoded.length % 2).isZero();
        assertThat(RleDecoder.decodeFrame(encoded, rows, columns, 1, 2)).isEqualTo(frame.array());
    }

    @Test
    void rgbFrameHasOneSegmentPerSample() {
        int rows = 8;
        int columns = 300;
        byte[] frame = new byte[rows * columns * 3];
        for (int i = 0; i < rows * columns; i++) {
            frame[i * 3] = (byte) 255;
            frame[i * 3 + 1] = (byte) (i / 7);
            frame[i * 3 + 2] = (byte) (i * 31);
        }
        byte[] encoded = RleCodec.encodeFrame(frame, rows, columns, 3, 1);
        assertThat(ByteBuffer.wrap(encoded).order(ByteOrder.LITTLE_ENDIAN).getInt(0)).isEqualTo(3);
        assertThat(RleDecoder.decodeFrame(encoded, rows, columns, 3, 1)).isEqualTo(frame);
    }

    @Test
    void runsAndLiteralsNeverExceed128BytesNorCrossRows() {
        int columns = 700;
        byte[] frame = new byte[2 * columns];
        for (int i = columns; i < 2 * columns; i++) {
            frame[i] = (byte) (i * 7);
        }
        byte[] encoded = RleCodec.encodeFrame(frame, 2, columns, 1, 1);
        // Row 1 is 700 zeros: runs of 128,128,128,128,128,60 (header bytes -127 x5, then -59).
        assertThat(encoded[64]).isEqualTo((byte) -127);
        int produced = 0;
        int i = 64;
        int firstRowHeaders = 0;
        while (produced < columns) {
            int n = encoded[i];
            produced += n < 0 ? 1 - n : n + 1;
            i += n < 0 ? 2 : n + 2;
            firstRowHeaders++;
        }
        assertThat(produced).as("the first row ends exactly at a run boundary").isEqualTo(columns);
        assertThat(firstRowHeaders).isEqualTo(6);
        assertThat(RleDecoder.decodeFrame(encoded, 2, columns, 1, 1)).isEqualTo(frame);
    }
}
