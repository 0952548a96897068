package org.dicomharness.dicom.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;

/**
 * A buffered byte source that knows its absolute position and can look ahead, which a DICOM parser needs to
 * stop before an element without consuming it. Reads past the end throw {@link EOFException}; the parser turns
 * them into a {@link DicomParseException} that names the element being read.
 */
final class DicomInput {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final InputStream in;
    private final byte[] buf = new byte[BUFFER_SIZE];
    private int pos;
    private int end;
    private long bufferStart;
    private final long limit;

    /**
     * @param in          the stream
     * @param startOffset position of the stream's first byte in the enclosing input (for messages and references)
     * @param length      number of bytes the stream holds, or -1 when unknown
     */
    DicomInput(InputStream in, long startOffset, long length) {
        this.in = in;
        this.bufferStart = startOffset;
        this.limit = length < 0 ? -1 : startOffset + length;
    }

    long position() {
        return bufferStart + pos;
    }

    /** Bytes left before the known end of input, or -1 when the length is unknown. */
    long remaining() {
        return limit < 0 ? -1 : limit - position();
    }

    /** Makes up to {@code n} bytes available without consuming them; returns how many are available. */
    int ensure(int n) throws IOException {
        if (end - pos >= n) {
            return n;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            bufferStart += pos;
            end -= pos;
            pos = 0;
        }
        while (end < n) {
            int r = in.read(buf, end, buf.length - end);
            if (r < 0) {
                break;
            }
            end += r;
        }
        return Math.min(n, end - pos);
    }

    boolean atEnd() throws IOException {
        return ensure(1) == 0;
    }

    /** The byte at {@code index} ahead of the position, unsigned; the caller must have called {@link #ensure}. */
    int peek(int index) {
        return buf[pos + index] & 0xFF;
    }

    int readUInt8() throws IOException {
        need(1);
        return buf[pos++] & 0xFF;
    }

    int readUInt16(boolean bigEndian) throws IOException {
        need(2);
        int b0 = buf[pos] & 0xFF;
        int b1 = buf[pos + 1] & 0xFF;
        pos += 2;
        return bigEndian ? (b0 << 8) | b1 : (b1 << 8) | b0;
    }

    /** A 32-bit value as an unsigned long. */
    long readUInt32(boolean bigEndian) throws IOException {
        need(4);
        long b0 = buf[pos] & 0xFF;
        long b1 = buf[pos + 1] & 0xFF;
        long b2 = buf[pos + 2] & 0xFF;
        long b3 = buf[pos + 3] & 0xFF;
        pos += 4;
        return bigEndian ? (b0 << 24) | (b1 << 16) | (b2 << 8) | b3 : (b3 << 24) | (b2 << 16) | (b1 << 8) | b0;
    }

    int readTag(boolean bigEndian) throws IOException {
        int group = readUInt16(bigEndian);
        int element = readUInt16(bigEndian);
        return (group << 16) | element;
    }

    void readFully(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (pos == end) {
                if (len >= buf.length) {
                    int r = in.read(b, off, len);
                    if (r < 0) {
                        throw new EOFException();
                    }
                    bufferStart += r;
                    off += r;
                    len -= r;
                    continue;
                }
                if (ensure(1) == 0) {
                    throw new EOFException();
                }
            }
            int n = Math.min(len, end - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            off += n;
            len -= n;
        }
    }

    void skipFully(long n) throws IOException {
        long buffered = Math.min(n, end - pos);
        pos += (int) buffered;
        n -= buffered;
        while (n > 0) {
            long s = in.skip(n);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new EOFException();
                }
                s = 1;
            }
            bufferStart += s;
            n -= s;
        }
    }

    void copyTo(OutputStream out, long n) throws IOException {
        while (n > 0) {
            if (pos == end && ensure(1) == 0) {
                throw new EOFException();
            }
            int chunk = (int) Math.min(n, end - pos);
            out.write(buf, pos, chunk);
            pos += chunk;
            n -= chunk;
        }
    }

    /** The unread bytes: what is buffered followed by the rest of the stream. */
    InputStream rest() {
        byte[] buffered = java.util.Arrays.copyOfRange(buf, pos, end);
        bufferStart += end;
        pos = 0;
        end = 0;
        return new SequenceInputStream(new ByteArrayInputStream(buffered), in);
    }

    private void need(int n) throws IOException {
        if (ensure(n) < n) {
            throw new EOFException();
        }
    }
}
