package org.dicomharness.dicom.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The items of a sequence element (PS3.5 7.5). Remembers whether the sequence was encoded with undefined
 * length so that a reader → writer round trip can reproduce the original bytes.
 */
public final class Sequence implements Value, Iterable<Dataset> {

    private final Dataset parent;
    private final List<Dataset> items = new ArrayList<>();
    private boolean undefinedLength = true;

    Sequence(Dataset parent) {
        this.parent = parent;
    }

    /** Appends a new empty item and returns it; the item inherits the parent's Specific Character Set. */
    public Dataset addItem() {
        Dataset item = new Dataset(parent);
        items.add(item);
        return item;
    }

    /** Appends a copy of {@code source} as a new item. */
    public Dataset addItem(Dataset source) {
        Dataset item = addItem();
        item.addAll(source);
        item.setUndefinedLength(source.hasUndefinedLength());
        return item;
    }

    Dataset parentDataset() {
        return parent;
    }

    public Dataset get(int index) {
        if (index < 0 || index >= items.size()) {
            throw new IndexOutOfBoundsException("sequence has " + items.size() + " item(s); item index " + index
                    + " does not exist");
        }
        return items.get(index);
    }

    public int size() {
        return items.size();
    }

    public List<Dataset> items() {
        return Collections.unmodifiableList(items);
    }

    public void remove(int index) {
        items.remove(index);
    }

    @Override
    public Iterator<Dataset> iterator() {
        return items().iterator();
    }

    public boolean hasUndefinedLength() {
        return undefinedLength;
    }

    public void setUndefinedLength(boolean undefinedLength) {
        this.undefinedLength = undefinedLength;
    }

    /** -1: the length of a sequence depends on the transfer syntax it is written in. */
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
        return "Sequence[" + items.size() + " item(s)]";
    }
}
