package org.dicomharness.dicom.data;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Value bytes held in memory. Strings keep the bytes of their Specific Character Set (decoded on access, so a
 * round trip never alters them); binary numbers are held little endian and swapped on a big-endian write.
 */
public final class ByteValue implements Value {

    public static final ByteValue EMPTY = new ByteValue(new byte[0]);

    private final byte[] bytes;

    private ByteValue(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A value holding a copy of {@code bytes}. */
    public static ByteValue copyOf(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new ByteValue(bytes.clone());
    }

    /** Takes ownership of {@code bytes}: the caller must not modify the array afterwards. */
    public static ByteValue wrap(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new ByteValue(bytes);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The internal array, not copied: callers must not modify it. */
    public byte[] unsafeBytes() {
        return bytes;
    }

    @Override
    public long length() {
        return bytes.length;
    }

    @Override
    public boolean isEmpty() {
        return bytes.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ByteValue other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return bytes.length <= 32 ? "ByteValue[" + HexFormat.of().formatHex(bytes) + "]"
                : "ByteValue[" + bytes.length + " bytes]";
    }
}
