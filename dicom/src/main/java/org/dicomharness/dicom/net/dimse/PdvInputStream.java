package org.dicomharness.dicom.net.dimse;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A data set arriving in PDVs, read by a service handler on a worker thread while the association's reader
 * thread feeds it. The queue is bounded, so a slow consumer slows the sender through TCP flow control
 * instead of filling the heap. If the association ends mid-stream, the reader gets an {@link IOException}.
 */
final class PdvInputStream extends InputStream {

    private static final int QUEUE = 32;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE);
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile IOException failure;
    private volatile boolean discard;
    private byte[] current = new byte[0];
    private int pos;
    private boolean eof;
    private long received;

    // ------------------------------------------------------------------------------------ producer (reader thread)

    /** Adds a fragment, waiting while the queue is full as long as {@code alive} holds. */
    void feed(byte[] fragment, BooleanSupplier alive) {
        if (fragment.length == 0) {
            return;
        }
        put(fragment, alive);
    }

    /** The last fragment arrived. */
    void end(BooleanSupplier alive) {
        put(END, alive);
        ended.countDown();
    }

    /** The association ended before the last fragment: the consumer's next read fails with this. */
    void fail(IOException e) {
        failure = e;
        ended.countDown();
        queue.offer(END);
    }

    private void put(byte[] b, BooleanSupplier alive) {
        try {
            while (!discard && !queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                if (!alive.getAsBoolean()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------------------------ consumer (handler)

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos == current.length && !next()) {
            return -1;
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        received += n;
        return n;
    }

    private boolean next() throws IOException {
        if (eof) {
            return false;
        }
        try {
            byte[] b;
            do {
                b = queue.poll(100, TimeUnit.MILLISECONDS);
                if (failure != null) {
                    throw new IOException("the data set is incomplete after " + received + " bytes: "
                            + failure.getMessage(), failure);
                }
            } while (b == null);
            if (b == END) {
                eof = true;
                return false;
            }
            current = b;
            pos = 0;
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for data set fragments");
        }
    }

    /** Bytes consumed so far. */
    long received() {
        return received;
    }

    /**
     * Stops consuming: later fragments are discarded. Waits (bounded by {@code timeoutMillis}) until the last
     * fragment has arrived, so that the next message on the association starts where expected.
     */
    boolean discardAndAwaitEnd(long timeoutMillis) {
        discard = true;
        queue.clear();
        try {
            return ended.await(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        discard = true;
        queue.clear();
    }
}
