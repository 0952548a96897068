package org.dicomharness.dicom.io;

/** Byte order conversion of fixed-size words, in place (PS3.5 7.3). */
public final class ByteSwap {

    private ByteSwap() {
    }

    /** Reverses the bytes of each {@code wordSize}-byte word of {@code bytes}; a trailing partial word is left alone. */
    public static void swap(byte[] bytes, int wordSize) {
        swap(bytes, 0, bytes.length, wordSize);
    }

    public static void swap(byte[] bytes, int offset, int length, int wordSize) {
        if (wordSize < 2) {
            return;
        }
        int end = offset + length;
        for (int i = offset; i + wordSize <= end; i += wordSize) {
            for (int a = i, b = i + wordSize - 1; a < b; a++, b--) {
                byte t = bytes[a];
                bytes[a] = bytes[b];
                bytes[b] = t;
            }
        }
    }
}
