package org.dicomharness.dicom.net.fault;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.UnaryOperator;

/**
 * Output filters for a transport connection (see {@code AcceptorConfig.withOutputFilter} and
 * {@code AssociationRequestor.withOutputFilter}) that misbehave on purpose at the byte level.
 */
public final class FaultyOutput {

    private FaultyOutput() {
    }

    /**
     * Passes the first {@code bytes} bytes, then fails every write: the association closes its transport
     * connection mid-PDU, and the peer sees a truncated PDU followed by a closed connection.
     */
    public static UnaryOperator<OutputStream> abortAfter(long bytes) {
        return out -> new Counting(out) {
            @Override
            void check(int len) throws IOException {
                if (count + len > bytes) {
                    int allowed = (int) Math.max(0, bytes - count);
                    pending = allowed;
                    throw new IOException("fault injected: connection aborted after " + bytes + " bytes");
                }
            }
        };
    }

    /** Replaces the byte at {@code offset} of the connection's output with {@code value} (corrupts a length, a type...). */
    public static UnaryOperator<OutputStream> replaceByteAt(long offset, int value) {
        return out -> new FilterOutputStream(out) {
            private long count;

            @Override
            public void write(int b) throws IOException {
                out.write(count++ == offset ? value : b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (offset >= count && offset < count + len) {
                    byte[] copy = java.util.Arrays.copyOfRange(b, off, off + len);
                    copy[(int) (offset - count)] = (byte) value;
                    out.write(copy);
                } else {
                    out.write(b, off, len);
                }
                count += len;
            }
        };
    }

    private abstract static class Counting extends FilterOutputStream {
        long count;
        int pending = -1;

        Counting(OutputStream out) {
            super(out);
        }

        abstract void check(int len) throws IOException;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                check(len);
            } catch (IOException e) {
                if (pending > 0) {
                    out.write(b, off, pending);
                    out.flush();
                    count += pending;
                }
                pending = 0;
                throw e;
            }
            out.write(b, off, len);
            count += len;
        }
    }
}
