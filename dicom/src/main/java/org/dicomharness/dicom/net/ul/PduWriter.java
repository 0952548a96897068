package org.dicomharness.dicom.net.ul;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.dicomharness.dicom.net.pdu.Pdu;
import org.dicomharness.dicom.net.pdu.PduEncoder;

/**
 * Writes an association's PDUs to its transport connection, each PDU whole under one lock so that no PDU
 * is ever written inside another (PS3.8 9.3: PDUs are not interleaved on the connection).
 */
final class PduWriter {

    /** How long a non-P-DATA PDU waits for a P-DATA write in progress before the transport is closed instead. */
    static final long CONTROL_WRITE_WAIT_MILLIS = 5_000;

    private final OutputStream out;
    private final AssociationTrace trace;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile long lastWrite = System.nanoTime();

    PduWriter(OutputStream out, AssociationTrace trace) {
        this.out = out;
        this.trace = trace;
    }

    /** When the last PDU went out (System.nanoTime). */
    long lastWrite() {
        return lastWrite;
    }

    /**
     * Writes a PDU other than P-DATA-TF (called under the state machine's lock). Returns false when it could
     * not be written; the caller then closes the transport connection, which the peer sees as Evt17.
     */
    boolean control(Pdu pdu) {
        byte[] bytes = PduEncoder.encode(pdu);
        try {
            if (!lock.tryLock(CONTROL_WRITE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                trace.note("could not send " + pdu.type().standardName() + ": a P-DATA-TF write has been blocked for "
                        + CONTROL_WRITE_WAIT_MILLIS + " ms; closing the transport connection instead");
                return false;
            }
            try {
                // Recorded before the write so that the trace never shows the peer's answer first.
                trace.pdu(TraceEntry.Direction.SENT, pdu, bytes.length - 6L);
                out.write(bytes);
                out.flush();
            } finally {
                lock.unlock();
            }
            lastWrite = System.nanoTime();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (IOException e) {
            trace.note("sending " + pdu.type().standardName() + " failed: " + e.getMessage()
                    + "; transport connection closed");
            return false;
        }
    }

    /** Writes one P-DATA-TF: {@code a} whole when {@code b} is null, else a header from {@code a} then data from {@code b}. */
    void pData(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) throws IOException {
        lock.lock();
        try {
            if (b == null) {
                out.write(a);
            } else {
                out.write(a, aOff, aLen);
                out.write(b, bOff, bLen);
            }
            out.flush();
        } finally {
            lock.unlock();
        }
        lastWrite = System.nanoTime();
    }

    /** Fault injection: bytes as they are, outside the state machine, whole under the lock. */
    void raw(byte[] bytes, String description) throws IOException {
        lock.lock();
        try {
            out.write(bytes);
            out.flush();
        } finally {
            lock.unlock();
        }
        trace.raw(TraceEntry.Direction.SENT, bytes.length, description);
    }
}
