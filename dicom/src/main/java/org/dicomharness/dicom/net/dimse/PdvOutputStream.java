package org.dicomharness.dicom.net.dimse;

import java.io.IOException;
import java.io.OutputStream;
import org.dicomharness.dicom.net.ul.Association;

/**
 * Fragments a command or data set into PDVs (PS3.8 9.3.5, Annex E), each in its own P-DATA-TF PDU and no
 * larger than the peer's Maximum Length allows. A fragment is sent only once more data follows it, so that
 * the last fragment, flagged in the message control header, is never empty. One buffer per stream: a 2 GB
 * data set passes through without being held.
 */
final class PdvOutputStream extends OutputStream {

    private final Association association;
    private final int contextId;
    private final boolean command;
    private final boolean dropLastFragment;
    private final byte[] buffer;
    private int count;
    private long sent;
    private boolean closed;

    /**
     * @param dropLastFragment fault injection: never send the last fragment, leaving the message incomplete
     */
    PdvOutputStream(Association association, int contextId, boolean command, boolean dropLastFragment) {
        this(association, contextId, command, dropLastFragment, Integer.MAX_VALUE);
    }

    /** @param sizeHint the message's length when known (a command set), so that its buffer is no larger */
    PdvOutputStream(Association association, int contextId, boolean command, boolean dropLastFragment, int sizeHint) {
        this.association = association;
        this.contextId = contextId;
        this.command = command;
        this.dropLastFragment = dropLastFragment;
        this.buffer = new byte[Math.max(1, Math.min(association.maxPdvDataLength(), sizeHint))];
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buffer.length) {
            flushFragment(false);
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (count == buffer.length) {
                flushFragment(false);
            }
            int n = Math.min(len, buffer.length - count);
            System.arraycopy(b, off, buffer, count, n);
            count += n;
            off += n;
            len -= n;
        }
    }

    /** Bytes handed to the association so far. */
    long sent() {
        return sent;
    }

    private void flushFragment(boolean last) throws IOException {
        association.sendPdv(contextId, command, last, buffer, 0, count);
        sent += count;
        count = 0;
    }

    /** Sends the last fragment (unless the fault "drop the last fragment" is set). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (dropLastFragment) {
            association.trace().note("fault injected: the last " + (command ? "command" : "data set")
                    + " fragment (" + count + " bytes) was not sent");
            return;
        }
        flushFragment(true);
    }
}
