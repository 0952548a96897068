package org.dicomharness.dicom.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Encapsulated pixel data (PS3.5 A.4): the first item is the Basic Offset Table (possibly empty), each
 * further item one fragment. Each entry is either in memory ({@link ByteValue}) or left in its source
 * file ({@link BulkData}).
 */
public final class Fragments implements Value {

    private final List<Value> items = new ArrayList<>();

    /** A fragment list holding only an empty Basic Offset Table. */
    public static Fragments withEmptyOffsetTable() {
        Fragments f = new Fragments();
        f.add(ByteValue.EMPTY);
        return f;
    }

    public void add(Value fragment) {
        if (!(fragment instanceof ByteValue) && !(fragment instanceof BulkData)) {
            throw new IllegalArgumentException("a fragment holds bytes or bulk data, not " + fragment);
        }
        items.add(fragment);
    }

    /** Basic Offset Table first, then the fragments. */
    public List<Value> items() {
        return Collections.unmodifiableList(items);
    }

    public int size() {
        return items.size();
    }

    /** Encapsulated pixel data is always encoded with undefined length. */
    @Override
    public long length() {
        return -1;
    }

    @Override
    public boolean isEmpty() {
        return items.isEmpty();
    }

    @Override
    public String toString() {
        return "Fragments[" + items.size() + " item(s)]";
    }
}
