package org.dicomharness.dicom.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.charset.SpecificCharacterSet;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;

/**
 * A DICOM data set (PS3.5 7): data elements in ascending tag order. Items of a sequence are data sets too;
 * they know their parent so that an item without its own Specific Character Set uses the enclosing one.
 *
 * <p>Typed accessors fail with a {@link DicomDataException} naming the tag, its keyword and the VR when a value
 * cannot be read as asked; absent elements give {@code null}, an empty array or the supplied default.
 */
public final class Dataset implements Iterable<DataElement> {

    private final Dataset parent;
    private final Map<Integer, DataElement> elements = new TreeMap<>(Integer::compareUnsigned);
    private boolean undefinedLength = true;

    public Dataset() {
        this(null);
    }

    Dataset(Dataset parent) {
        this.parent = parent;
    }

    /** The data set whose sequence holds this item, or {@code null} for a top-level data set. */
    public Dataset parent() {
        return parent;
    }

    /** For items: whether the item was (or will be) encoded with undefined length and an Item Delimitation Item. */
    public boolean hasUndefinedLength() {
        return undefinedLength;
    }

    public void setUndefinedLength(boolean undefinedLength) {
        this.undefinedLength = undefinedLength;
    }

    // ---------------------------------------------------------------- elements

    /** The element with this tag, or {@code null}. */
    public DataElement get(int tag) {
        return elements.get(tag);
    }

    public boolean contains(int tag) {
        return elements.containsKey(tag);
    }

    /** Present with a non-empty value (a Type 1 check). */
    public boolean containsValue(int tag) {
        DataElement e = elements.get(tag);
        return e != null && !e.isEmpty();
    }

    /** Adds or replaces an element; returns the one it replaced, or {@code null}. */
    public DataElement put(DataElement element) {
        if (element.value() instanceof Sequence seq && seq.parentDataset() != this) {
            throw new IllegalArgumentException(Tag.format(element.tag())
                    + ": a sequence belongs to the data set that created it; use newSequence() or copy items");
        }
        return elements.put(element.tag(), element);
    }

    public DataElement put(int tag, VR vr, Value value) {
        return put(new DataElement(tag, vr, value));
    }

    public DataElement remove(int tag) {
        return elements.remove(tag);
    }

    public int size() {
        return elements.size();
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /** The elements in ascending tag order, unmodifiable. */
    public Collection<DataElement> elements() {
        return Collections.unmodifiableCollection(elements.values());
    }

    @Override
    public Iterator<DataElement> iterator() {
        return elements().iterator();
    }

    /** Deep-copies every element of {@code other} into this data set, replacing elements with the same tag. */
    public void addAll(Dataset other) {
        addAll(other, e -> true);
    }

    /** Deep-copies the top-level elements of {@code other} that {@code filter} accepts. */
    public void addAll(Dataset other, java.util.function.Predicate<DataElement> filter) {
        for (DataElement e : other) {
            if (!filter.test(e)) {
                continue;
            }
            if (e.value() instanceof Sequence seq) {
                Sequence copy = newSequence(e.tag(), e.vr());
                copy.setUndefinedLength(seq.hasUndefinedLength());
                for (Dataset item : seq) {
                    copy.addItem(item);
                }
            } else if (e.value() instanceof Fragments frags) {
                Fragments copy = new Fragments();
                frags.items().forEach(copy::add);
                elements.put(e.tag(), new DataElement(e.tag(), e.vr(), copy));
            } else {
                elements.put(e.tag(), e);
            }
        }
    }

    /** A deep copy as a top-level data set. */
    public Dataset copy() {
        Dataset copy = new Dataset();
        copy.addAll(this);
        copy.setUndefinedLength(undefinedLength);
        return copy;
    }

    // ---------------------------------------------------------------- character set

    /**
     * The Specific Character Set (0008,0005) that governs this data set: its own, else its parent's
     * (PS3.5 6.1.2.5: an item without one inherits the enclosing data set's), else the default repertoire.
     *
     * <p>Read leniently ({@link SpecificCharacterSet#lenient}): a misspelled or misplaced Defined Term does not
     * make the data set unreadable; {@link SpecificCharacterSet#corrections()} says what was assumed.
     */
    public SpecificCharacterSet specificCharacterSet() {
        DataElement e = elements.get(Tags.SpecificCharacterSet);
        if (e == null || !(e.value() instanceof ByteValue bytes)) {
            return parent != null ? parent.specificCharacterSet() : SpecificCharacterSet.DEFAULT;
        }
        String raw = new String(bytes.unsafeBytes(), StandardCharsets.ISO_8859_1);
        List<String> terms = new ArrayList<>();
        for (String term : ValueCodec.splitValues(raw, VR.CS)) {
            terms.add(ValueCodec.trim(term, VR.CS));
        }
        return SpecificCharacterSet.lenient(terms);
    }

    // ---------------------------------------------------------------- strings

    /** The first value of a string element with padding removed, or {@code null} when absent or empty. */
    public String getString(int tag) {
        String[] values = getStrings(tag);
        return values.length == 0 ? null : values[0];
    }

    public String getString(int tag, String defaultValue) {
        String value = getString(tag);
        return value == null || value.isEmpty() ? defaultValue : value;
    }

    /**
     * All values of an element as strings with insignificant spaces removed. String VRs are decoded with the
     * Specific Character Set; binary numbers are rendered in decimal; absent or empty elements give an empty array.
     */
    public String[] getStrings(int tag) {
        DataElement e = elements.get(tag);
        if (e == null || e.isEmpty()) {
            return new String[0];
        }
        VR vr = e.vr();
        if (vr.isString()) {
            List<String> values = ValueCodec.splitValues(decode(e), vr);
            String[] out = new String[values.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ValueCodec.trim(values.get(i), vr);
            }
            return out;
        }
        byte[] bytes = bytesOf(e);
        if (vr == VR.FL || vr == VR.FD) {
            double[] d = ValueCodec.toDoubles(bytes, vr);
            String[] out = new String[d.length];
            for (int i = 0; i < d.length; i++) {
                out[i] = vr == VR.FL ? Float.toString((float) d[i]) : Double.toString(d[i]);
            }
            return out;
        }
        if (vr.kind() == VR.Kind.BINARY_NUMBER) {
            long[] l = ValueCodec.toLongs(bytes, vr);
            String[] out = new String[l.length];
            for (int i = 0; i < l.length; i++) {
                out[i] = vr == VR.UV ? Long.toUnsignedString(l[i])
                        : vr == VR.AT ? Tag.format((int) l[i]) : Long.toString(l[i]);
            }
            return out;
        }
        throw new DicomDataException(describe(tag) + " has VR " + vr + ", which has no string form");
    }

    /** The whole value decoded with the Specific Character Set, padding kept; {@code null} when absent. */
    public String getRawString(int tag) {
        DataElement e = elements.get(tag);
        if (e == null) {
            return null;
        }
        if (!e.vr().isString()) {
            throw new DicomDataException(describe(tag) + " has VR " + e.vr() + ", not a string VR");
        }
        return decode(e);
    }

    /** The first value, failing with a message naming the element when it is absent or empty. */
    public String requireString(int tag) {
        String value = getString(tag);
        if (value == null || value.isEmpty()) {
            throw new DicomDataException(describe(tag) + " is " + (contains(tag) ? "empty" : "absent")
                    + " but a value is required");
        }
        return value;
    }

    /** Sets a string element with the VR the dictionary gives the tag. */
    public Dataset setString(int tag, String... values) {
        return setString(tag, dictionaryVr(tag), values);
    }

    /**
     * Sets a string element: the values are joined with backslashes, encoded with this data set's Specific
     * Character Set where the VR is governed by it, and padded to even length (PS3.5 6.2, 7.1.1).
     */
    public Dataset setString(int tag, VR vr, String... values) {
        if (!vr.isString()) {
            throw new DicomDataException(describe(tag) + ": VR " + vr + " is not a string VR");
        }
        if (vr.isSingleValuedString() && values.length > 1) {
            throw new DicomDataException(describe(tag) + ": VR " + vr + " holds a single value, got " + values.length);
        }
        String joined = String.join("\\", values);
        byte[] bytes;
        if (vr.kind() == VR.Kind.TEXT) {
            try {
                bytes = charsetFor(tag).encode(joined, vr);
            } catch (IllegalArgumentException ex) {
                throw new DicomDataException(describe(tag) + ": " + ex.getMessage(), ex);
            }
        } else {
            bytes = joined.getBytes(StandardCharsets.US_ASCII);
        }
        put(tag, vr, ByteValue.wrap(ValueCodec.padToEven(bytes, vr)));
        return this;
    }

    // ---------------------------------------------------------------- numbers

    /** The first integer value (binary integer VRs, IS, or a DS holding an integer), or {@code defaultValue}. */
    public int getInt(int tag, int defaultValue) {
        long[] values = getLongs(tag);
        if (values.length == 0) {
            return defaultValue;
        }
        return toInt(tag, values[0]);
    }

    public int requireInt(int tag) {
        long[] values = getLongs(tag);
        if (values.length == 0) {
            throw new DicomDataException(describe(tag) + " is " + (contains(tag) ? "empty" : "absent")
                    + " but an integer value is required");
        }
        return toInt(tag, values[0]);
    }

    public int[] getInts(int tag) {
        long[] values = getLongs(tag);
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = toInt(tag, values[i]);
        }
        return out;
    }

    /** Integer values of binary integer VRs (UV values above 2^63-1 come back negative) or of IS. */
    public long[] getLongs(int tag) {
        DataElement e = elements.get(tag);
        if (e == null || e.isEmpty()) {
            return new long[0];
        }
        VR vr = e.vr();
        if (vr == VR.IS || vr == VR.DS) {
            String[] strings = getStrings(tag);
            long[] out = new long[strings.length];
            for (int i = 0; i < strings.length; i++) {
                try {
                    out[i] = Long.parseLong(strings[i].startsWith("+") ? strings[i].substring(1) : strings[i]);
                } catch (NumberFormatException ex) {
                    throw new DicomDataException(describe(tag) + " value " + (i + 1) + " '" + strings[i]
                            + "' is not an integer string (PS3.5 Table 6.2-1, " + vr + ")", ex);
                }
            }
            return out;
        }
        if (vr.kind() != VR.Kind.BINARY_NUMBER && vr != VR.OW && vr != VR.OB && vr != VR.OL && vr != VR.OV
                || vr == VR.FL || vr == VR.FD) {
            throw new DicomDataException(describe(tag) + " has VR " + vr + ", which does not hold integers");
        }
        try {
            return ValueCodec.toLongs(bytesOf(e), vr);
        } catch (DicomDataException ex) {
            throw new DicomDataException(describe(tag) + ": " + ex.getMessage(), ex);
        }
    }

    public double getDouble(int tag, double defaultValue) {
        double[] values = getDoubles(tag);
        return values.length == 0 ? defaultValue : values[0];
    }

    /** Floating point values of FL, FD, OF, OD or DS (and of integer VRs, converted). */
    public double[] getDoubles(int tag) {
        DataElement e = elements.get(tag);
        if (e == null || e.isEmpty()) {
            return new double[0];
        }
        VR vr = e.vr();
        if (vr == VR.DS) {
            String[] strings = getStrings(tag);
            double[] out = new double[strings.length];
            for (int i = 0; i < strings.length; i++) {
                try {
                    out[i] = Double.parseDouble(strings[i]);
                } catch (NumberFormatException ex) {
                    throw new DicomDataException(describe(tag) + " value " + (i + 1) + " '" + strings[i]
                            + "' is not a decimal string (PS3.5 Table 6.2-1, DS)", ex);
                }
            }
            return out;
        }
        if (vr == VR.FL || vr == VR.FD || vr == VR.OF || vr == VR.OD) {
            return ValueCodec.toDoubles(bytesOf(e), vr);
        }
        long[] longs = getLongs(tag);
        double[] out = new double[longs.length];
        for (int i = 0; i < longs.length; i++) {
            out[i] = longs[i];
        }
        return out;
    }

    /** Sets a numeric element with the VR the dictionary gives the tag. */
    public Dataset setInt(int tag, int... values) {
        return setInt(tag, dictionaryVr(tag), values);
    }

    /** Sets integers in a binary VR (US, SS, UL, SL, UV, SV, AT, OW, OL, ...) or as IS/DS strings. */
    public Dataset setInt(int tag, VR vr, int... values) {
        long[] longs = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            longs[i] = values[i];
        }
        return setLong(tag, vr, longs);
    }

    public Dataset setLong(int tag, VR vr, long... values) {
        if (vr == VR.IS || vr == VR.DS) {
            String[] strings = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                strings[i] = Long.toString(values[i]);
            }
            return setString(tag, vr, strings);
        }
        try {
            put(tag, vr, ByteValue.wrap(ValueCodec.fromLongs(vr, values)));
        } catch (DicomDataException ex) {
            throw new DicomDataException(describe(tag) + ": " + ex.getMessage(), ex);
        }
        return this;
    }

    /** Sets floating point values in FL, FD, OF, OD, or as DS strings. */
    public Dataset setDouble(int tag, VR vr, double... values) {
        if (vr == VR.DS) {
            String[] strings = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                strings[i] = DecimalStrings.format(values[i]);
            }
            return setString(tag, vr, strings);
        }
        put(tag, vr, ByteValue.wrap(ValueCodec.fromDoubles(vr, values)));
        return this;
    }

    // ---------------------------------------------------------------- bytes, sequences, bulk data

    /** The value bytes of a non-sequence element held in memory (binary numbers little endian), or {@code null}. */
    public byte[] getBytes(int tag) {
        DataElement e = elements.get(tag);
        return e == null ? null : bytesOf(e).clone();
    }

    public Dataset setBytes(int tag, VR vr, byte[] bytes) {
        put(tag, vr, ByteValue.copyOf(ValueCodec.padToEven(bytes, vr)));
        return this;
    }

    /** The sequence with this tag, or {@code null} when absent; fails when the element is not a sequence. */
    public Sequence getSequence(int tag) {
        DataElement e = elements.get(tag);
        if (e == null) {
            return null;
        }
        if (e.value() instanceof Sequence seq) {
            return seq;
        }
        if (e.isEmpty()) {
            return null;
        }
        throw new DicomDataException(describe(tag) + " has VR " + e.vr() + ", not SQ");
    }

    /** Creates (or replaces with) an empty sequence and returns it for adding items. */
    public Sequence newSequence(int tag) {
        return newSequence(tag, VR.SQ);
    }

    /** A sequence under VR UN: PS3.5 6.2.2 allows UN with undefined length, encoded as implicit-VR items. */
    public Sequence newSequence(int tag, VR vr) {
        Sequence seq = new Sequence(this);
        elements.put(tag, new DataElement(tag, vr, seq));
        return seq;
    }

    // ---------------------------------------------------------------- private data elements (PS3.5 7.8)

    /** The private creator that reserved the block of {@code tag}, or {@code null}. */
    public String privateCreatorOf(int tag) {
        if (!Tag.isPrivate(tag) || Tag.element(tag) < 0x1000) {
            return null;
        }
        return getString(Tag.privateCreatorOf(tag));
    }

    /**
     * The tag of a private element identified as PS3.5 7.8.1 intends: by its creator, group and the low byte
     * of its element number. Returns -1 when no block of this group is reserved by {@code creator}.
     */
    public int resolvePrivateTag(String creator, int group, int elementOffset) {
        for (int block = 0x10; block <= 0xFF; block++) {
            int creatorTag = Tag.of(group, block);
            if (creator.equals(getString(creatorTag))) {
                return Tag.of(group, (block << 8) | (elementOffset & 0xFF));
            }
        }
        return -1;
    }

    /** Reserves (or finds) a private block for {@code creator} in {@code group} and returns the tag for the offset. */
    public int reservePrivateTag(String creator, int group, int elementOffset) {
        int existing = resolvePrivateTag(creator, group, elementOffset);
        if (existing != -1) {
            return existing;
        }
        for (int block = 0x10; block <= 0xFF; block++) {
            int creatorTag = Tag.of(group, block);
            if (!contains(creatorTag)) {
                setString(creatorTag, VR.LO, creator);
                return Tag.of(group, (block << 8) | (elementOffset & 0xFF));
            }
        }
        throw new DicomDataException("no free private block left in group " + String.format("%04X", group));
    }

    // ---------------------------------------------------------------- helpers

    /** {@code (0010,0010) PatientName}: how messages name an element. */
    public static String describe(int tag) {
        String keyword = ElementDictionary.standard().keywordOf(tag);
        return keyword.isEmpty() ? Tag.format(tag) : Tag.format(tag) + " " + keyword;
    }

    private String decode(DataElement e) {
        byte[] bytes = bytesOf(e);
        if (e.vr().kind() == VR.Kind.TEXT) {
            return charsetFor(e.tag()).decode(bytes, 0, bytes.length, e.vr());
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private SpecificCharacterSet charsetFor(int tag) {
        return tag == Tags.SpecificCharacterSet ? SpecificCharacterSet.DEFAULT : specificCharacterSet();
    }

    private static byte[] bytesOf(DataElement e) {
        if (e.value() instanceof ByteValue bv) {
            return bv.unsafeBytes();
        }
        throw new DicomDataException(describe(e.tag()) + " holds " + e.value()
                + ", not a value in memory; read it through its bulk data reference");
    }

    private int toInt(int tag, long value) {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new DicomDataException(describe(tag) + " value " + value + " does not fit an int; use getLongs");
        }
        return (int) value;
    }

    private static VR dictionaryVr(int tag) {
        VR vr = ElementDictionary.standard().vrOf(tag);
        if (vr == VR.UN) {
            throw new DicomDataException(Tag.format(tag) + " is not in the PS3.6 dictionary; give its VR explicitly");
        }
        return vr;
    }

    @Override
    public String toString() {
        return "Dataset[" + elements.size() + " element(s)]";
    }
}
