package org.dicomharness.testdata.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Fragments;

/**
 * Encapsulation of compressed frames (PS3.5 A.4): one fragment per frame, each padded to even length, behind
 * a Basic Offset Table whose entries are the byte offsets of each frame's first fragment item, counted
 * from the first byte of the first fragment item (A.4, Table A.4-1).
 */
public final class Encapsulation {

    /** The 8-byte item header (tag FFFE,E000 and 32-bit length) in front of each fragment. */
    private static final int ITEM_HEADER = 8;

    private Encapsulation() {
    }

    /** The fragments of {@code frames}, with a Basic Offset Table. */
    public static Fragments encapsulate(List<byte[]> frames) {
        ByteBuffer offsets = ByteBuffer.allocate(4 * frames.size()).order(ByteOrder.LITTLE_ENDIAN);
        Fragments fragments = new Fragments();
        fragments.add(ByteValue.EMPTY);
        long position = 0;
        for (byte[] frame : frames) {
            byte[] even = (frame.length & 1) == 0 ? frame : Arrays.copyOf(frame, frame.length + 1);
            if (position > 0xFFFFFFFFL) {
                throw new IllegalArgumentException("frames exceed the 4 GiB a Basic Offset Table can address; "
                        + "use the Extended Offset Table (A.4, C.7.6.3.1.8)");
            }
            offsets.putInt((int) position);
            fragments.add(ByteValue.wrap(even));
            position += ITEM_HEADER + even.length;
        }
        Fragments withTable = new Fragments();
        withTable.add(ByteValue.wrap(offsets.array()));
        fragments.items().stream().skip(1).forEach(withTable::add);
        return withTable;
    }
}
