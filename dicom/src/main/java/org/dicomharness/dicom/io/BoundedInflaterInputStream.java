package org.dicomharness.dicom.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails once more than {@code bound} inflated bytes have been read: a guard against deflate bombs. */
final class BoundedInflaterInputStream extends FilterInputStream {

    static final class BoundExceeded extends IOException {
        BoundExceeded(long bound) {
            super("inflated data exceeds " + bound + " bytes");
        }
    }

    private final long bound;
    private long count;

    BoundedInflaterInputStream(InputStream in, long bound) {
        super(in);
        this.bound = bound;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && ++count > bound) {
            throw new BoundExceeded(bound);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
            if (count > bound) {
                throw new BoundExceeded(bound);
            }
        }
        return n;
    }
}
