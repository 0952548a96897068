package org.dicomharness.dicom.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.BulkData;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Fragments;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.data.Value;

/**
 * Encodes a data set in one transfer syntax (PS3.5 Sections 7 and 8, Annex A). The output stream receives the
 * encoded bytes; deflating (A.5) is the caller's business, see {@link Part10Writer}.
 *
 * <p>Bulk data references are copied from their source file in chunks, never loaded whole. Group lengths
 * present in the data set are recomputed for the syntax written, so they are always right.
 */
public final class DicomWriter {

    private static final int COPY_CHUNK = 64 * 1024;

    private final OutputStream out;
    private final WriteOptions options;
    private final byte[] header = new byte[12];
    private boolean explicitVR;
    private boolean bigEndian;
    private final Map<Object, Long> lengthCache = new IdentityHashMap<>();

    public DicomWriter(OutputStream out, TransferSyntax syntax, WriteOptions options) {
        this.out = out;
        this.options = options;
        this.explicitVR = syntax.explicitVR();
        this.bigEndian = syntax.bigEndian();
    }

    /** Writes every element of {@code dataset}. */
    public void writeDataset(Dataset dataset) throws IOException {
        writeElements(dataset);
        lengthCache.clear();
    }

    private void writeElements(Dataset dataset) throws IOException {
        for (DataElement e : dataset) {
            if (Tag.isGroupLength(e.tag())) {
                if (!options.removeGroupLengths()) {
                    writeGroupLength(dataset, e.tag());
                }
                continue;
            }
            writeElement(e);
        }
    }

    /** Writes one element (with nested items for sequences). */
    public void writeElement(DataElement e) throws IOException {
        Value value = e.value();
        VR vr = e.vr();
        if (value instanceof Sequence seq) {
            writeSequence(e.tag(), vr, seq);
        } else if (value instanceof Fragments fragments) {
            writeFragments(e.tag(), vr, fragments);
        } else if (value instanceof ByteValue bytes) {
            byte[] b = bytes.unsafeBytes();
            writeHeader(e.tag(), vr, b.length);
            if (bigEndian && vr.swapsBytes()) {
                byte[] swapped = b.clone();
                ByteSwap.swap(swapped, vr.swapWordSize());
                out.write(swapped);
            } else {
                out.write(b);
            }
        } else if (value instanceof BulkData bulk) {
            writeHeader(e.tag(), vr, bulk.length());
            copyBulk(bulk, vr.swapsBytes() && bulk.bigEndian() != bigEndian ? vr.swapWordSize() : 1);
        }
    }

    /** Writes an element header: tag, VR (explicit syntaxes) and length; for streaming a value afterwards. */
    public void writeHeader(int tag, VR vr, long length) throws IOException {
        putShort(0, Tag.group(tag));
        putShort(2, Tag.element(tag));
        if (Tag.group(tag) == 0xFFFE || !explicitVR) {
            putInt(4, length);
            out.write(header, 0, 8);
            return;
        }
        header[4] = (byte) vr.name().charAt(0);
        header[5] = (byte) vr.name().charAt(1);
        if (vr.hasLongExplicitHeader()) {
            header[6] = 0;
            header[7] = 0;
            putInt(8, length);
            out.write(header, 0, 12);
        } else {
            if (length > 0xFFFF) {
                throw new IOException(Dataset.describe(tag) + " " + vr + ": value of " + length
                        + " bytes exceeds the 16-bit length field of explicit VR " + vr + " (PS3.5 7.1.2)");
            }
            putShort(6, (int) length);
            out.write(header, 0, 8);
        }
    }

    // ------------------------------------------------------------------ sequences and fragments

    private void writeSequence(int tag, VR vr, Sequence seq) throws IOException {
        // PS3.5 6.2.2: a sequence kept under VR UN is written with undefined length, items in Implicit VR LE.
        boolean unSequence = vr == VR.UN;
        boolean undefined = unSequence || useUndefined(options.sequenceLengths(), seq.hasUndefinedLength());
        boolean savedExplicit = explicitVR;
        boolean savedBigEndian = bigEndian;
        writeHeader(tag, vr, undefined ? DicomReader.UNDEFINED_LENGTH : sequenceContentLength(seq));
        if (unSequence) {
            explicitVR = false;
            bigEndian = false;
        }
        try {
            for (Dataset item : seq) {
                boolean itemUndefined = unSequence || useUndefined(options.itemLengths(), item.hasUndefinedLength());
                writeHeader(Tag.ITEM, null, itemUndefined ? DicomReader.UNDEFINED_LENGTH : itemContentLength(item));
                writeElements(item);
                if (itemUndefined) {
                    writeHeader(Tag.ITEM_DELIMITATION, null, 0);
                }
            }
        } finally {
            explicitVR = savedExplicit;
            bigEndian = savedBigEndian;
        }
        if (undefined) {
            writeHeader(Tag.SEQUENCE_DELIMITATION, null, 0);
        }
    }

    private void writeFragments(int tag, VR vr, Fragments fragments) throws IOException {
        if (!explicitVR) {
            throw new IOException("encapsulated Pixel Data cannot be written in an implicit VR transfer syntax "
                    + "(PS3.5 A.4); decompress it or choose an explicit VR syntax");
        }
        writeHeader(tag, vr, DicomReader.UNDEFINED_LENGTH);
        for (Value fragment : fragments.items()) {
            writeHeader(Tag.ITEM, null, fragment.length());
            if (fragment instanceof ByteValue bytes) {
                out.write(bytes.unsafeBytes());
            } else {
                copyBulk((BulkData) fragment, 1);
            }
        }
        writeHeader(Tag.SEQUENCE_DELIMITATION, null, 0);
    }

    private static boolean useUndefined(LengthEncoding encoding, boolean recorded) {
        return switch (encoding) {
            case PRESERVE -> recorded;
            case UNDEFINED -> true;
            case DEFINED -> false;
        };
    }

    private void copyBulk(BulkData bulk, int swapWordSize) throws IOException {
        byte[] buf = new byte[COPY_CHUNK];
        long left = bulk.length();
        try (InputStream in = bulk.open()) {
            while (left > 0) {
                int n = in.readNBytes(buf, 0, (int) Math.min(buf.length, left));
                if (n <= 0) {
                    throw new IOException("bulk data source " + bulk.source() + " ended " + left
                            + " bytes early: the file changed since it was read");
                }
                ByteSwap.swap(buf, 0, n, swapWordSize);
                out.write(buf, 0, n);
                left -= n;
            }
        }
    }

    // ------------------------------------------------------------------ lengths

    private void writeGroupLength(Dataset dataset, int groupLengthTag) throws IOException {
        int group = Tag.group(groupLengthTag);
        long length = 0;
        for (DataElement e : dataset) {
            if (Tag.group(e.tag()) == group && !Tag.isGroupLength(e.tag())) {
                length += elementLength(e);
            }
        }
        writeHeader(groupLengthTag, VR.UL, 4);
        putInt(0, length);
        out.write(header, 0, 4);
    }

    /** Encoded length of an element, header included, in the current encoding. */
    private long elementLength(DataElement e) {
        Value value = e.value();
        VR vr = e.vr();
        long headerLength = !explicitVR || vr.hasLongExplicitHeader() ? (explicitVR ? 12 : 8) : 8;
        if (value instanceof Sequence seq) {
            boolean unSequence = vr == VR.UN;
            boolean undefined = unSequence || useUndefined(options.sequenceLengths(), seq.hasUndefinedLength());
            long content = unSequence ? implicitLength(() -> sequenceContentLength(seq)) : sequenceContentLength(seq);
            return headerLength + content + (undefined ? 8 : 0);
        }
        if (value instanceof Fragments fragments) {
            long total = headerLength + 8;
            for (Value f : fragments.items()) {
                total += 8 + f.length();
            }
            return total;
        }
        return headerLength + value.length();
    }

    private long implicitLength(java.util.function.LongSupplier supplier) {
        boolean saved = explicitVR;
        explicitVR = false;
        try {
            return supplier.getAsLong();
        } finally {
            explicitVR = saved;
        }
    }

    /** Sum of the encoded items (with their headers and delimiters) of a sequence. */
    private long sequenceContentLength(Sequence seq) {
        Long cached = lengthCache.get(seq);
        if (cached != null) {
            return cached;
        }
        long total = 0;
        for (Dataset item : seq) {
            boolean itemUndefined = useUndefined(options.itemLengths(), item.hasUndefinedLength());
            total += 8 + itemContentLength(item) + (itemUndefined ? 8 : 0);
        }
        lengthCache.put(seq, total);
        return total;
    }

    private long itemContentLength(Dataset item) {
        Long cached = lengthCache.get(item);
        if (cached != null) {
            return cached;
        }
        long total = 0;
        for (DataElement e : item) {
            if (Tag.isGroupLength(e.tag()) && options.removeGroupLengths()) {
                continue;
            }
            total += elementLength(e);
        }
        lengthCache.put(item, total);
        return total;
    }

    // ------------------------------------------------------------------ bytes

    private void putShort(int at, int v) {
        if (bigEndian) {
            header[at] = (byte) (v >>> 8);
            header[at + 1] = (byte) v;
        } else {
            header[at] = (byte) v;
            header[at + 1] = (byte) (v >>> 8);
        }
    }

    private void putInt(int at, long v) {
        if (bigEndian) {
            header[at] = (byte) (v >>> 24);
            header[at + 1] = (byte) (v >>> 16);
            header[at + 2] = (byte) (v >>> 8);
            header[at + 3] = (byte) v;
        } else {
            header[at] = (byte) v;
            header[at + 1] = (byte) (v >>> 8);
            header[at + 2] = (byte) (v >>> 16);
            header[at + 3] = (byte) (v >>> 24);
        }
    }
}
