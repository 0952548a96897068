package org.dicomharness.testdata.codec;

import java.io.ByteArrayOutputStream;

/**
 * The byte-oriented run-length scheme of PS3.5 G.3.1: a header byte n followed by n+1 literal bytes
 * (0 &lt;= n &lt;= 127), or by one byte to repeat 1-n times (-127 &lt;= n &lt;= -1); -128 is never written.
 */
final class PackBits {

    private static final int MAX_RUN = 128;

    private PackBits() {
    }

    /** Encodes {@code length} bytes from {@code src[offset]} as one row (runs never cross a row, G.3.1). */
    static void encodeRow(byte[] src, int offset, int length, ByteArrayOutputStream out) {
        int i = 0;
        while (i < length) {
            int run = 1;
            while (i + run < length && run < MAX_RUN && src[offset + i + run] == src[offset + i]) {
                run++;
            }
            if (run >= 2) {
                // A replicate run: two equal bytes already pay for the header byte.
                out.write(1 - run);
                out.write(src[offset + i]);
                i += run;
                continue;
            }
            int literalStart = i;
            int literal = 0;
            while (i < length && literal < MAX_RUN) {
                if (i + 1 < length && src[offset + i] == src[offset + i + 1]) {
                    break;
                }
                i++;
                literal++;
            }
            out.write(literal - 1);
            out.write(src, offset + literalStart, literal);
        }
    }
}
