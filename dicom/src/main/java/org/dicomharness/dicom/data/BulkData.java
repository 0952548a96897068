package org.dicomharness.dicom.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A value left in its source file: where it starts, how long it is, and the byte order it was encoded in.
 * Readers create these for Pixel Data (and other large values) so that a 2 GB object is never held in memory.
 *
 * @param source    the file the value lives in
 * @param offset    byte offset of the first value byte in that file
 * @param length    number of value bytes
 * @param bigEndian whether the bytes are in big-endian order (Explicit VR Big Endian sources)
 */
public record BulkData(Path source, long offset, long length, boolean bigEndian) implements Value {

    public BulkData {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("bulk data offset and length must not be negative: " + offset + ", " + length);
        }
    }

    @Override
    public boolean isEmpty() {
        return length == 0;
    }

    /** Opens the value bytes as they are in the file (no byte swapping). */
    public InputStream open() throws IOException {
        FileChannel channel = FileChannel.open(source, StandardOpenOption.READ);
        long size = channel.size();
        if (offset + length > size) {
            channel.close();
            throw new IOException("bulk data of " + length + " bytes at offset " + offset + " lies beyond the end of "
                    + source + " (" + size + " bytes): the file changed since it was read");
        }
        channel.position(offset);
        return new BoundedInputStream(Channels.newInputStream(channel), length);
    }

    /** Reads the value into memory; only for values known to be small enough. */
    public byte[] readAll() throws IOException {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IOException("bulk data of " + length + " bytes is too large to load into memory");
        }
        try (InputStream in = open()) {
            return in.readNBytes((int) length);
        }
    }
}
