package org.dicomharness.dicom.io;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.BulkData;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Fragments;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.DictionaryEntry;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;

/**
 * Parses a data set encoded in one transfer syntax (PS3.5 Sections 7 and 8, Annex A) from a stream.
 *
 * <p>Every length is checked against what the input can hold, values are read in bounded chunks, nesting is
 * limited, and every violation ends in a {@link DicomParseException} naming the offset, the element path and
 * the rule. Tolerated deviations (an unknown VR, elements out of order) are kept as {@link ParseDiagnostic}s.
 */
public final class DicomReader {

    /** PS3.5 7.1.1: 0xFFFFFFFF marks an undefined length. */
    static final long UNDEFINED_LENGTH = 0xFFFFFFFFL;

    private static final int MAX_DEPTH = 64;
    private static final int CHUNK = 1 << 20;

    private final DicomInput input;
    private final ReadOptions options;
    private final ElementDictionary dictionary = ElementDictionary.standard();
    private final List<ParseDiagnostic> diagnostics = new ArrayList<>();
    private final Deque<PathStep> path = new ArrayDeque<>();
    private final boolean referencesPossible;
    private boolean explicitVR;
    private boolean bigEndian;

    /**
     * @param in          the encoded data set (already inflated for deflated syntaxes)
     * @param syntax      the transfer syntax the bytes are encoded in
     * @param startOffset position of the first byte in the enclosing file, for messages and bulk data references
     * @param length      bytes available, or -1 when unknown (then truncation is found at end of stream)
     * @param options     bulk data policy and tolerance
     */
    public DicomReader(InputStream in, TransferSyntax syntax, long startOffset, long length, ReadOptions options) {
        this.input = new DicomInput(in, startOffset, length);
        this.options = options;
        this.explicitVR = syntax.explicitVR();
        this.bigEndian = syntax.bigEndian();
        this.referencesPossible = options.source() != null && !syntax.deflated() && length >= 0;
    }

    public DicomReader(InputStream in, TransferSyntax syntax, ReadOptions options) {
        this(in, syntax, 0, -1, options);
    }

    /** What the reader tolerated so far. */
    public List<ParseDiagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** Current position in the input. */
    public long position() {
        return input.position();
    }

    /** Reads every element to the end of the input (or up to Pixel Data under {@link BulkDataPolicy#STOP_BEFORE_PIXEL_DATA}). */
    public Dataset readDataset() throws IOException {
        int stop = options.bulkData() == BulkDataPolicy.STOP_BEFORE_PIXEL_DATA ? Tags.PixelData : -1;
        return readDataset(stop);
    }

    /**
     * Reads top-level elements until the end of input or until the next element's tag is at least
     * {@code stopBeforeTag} (compared unsigned; -1 reads everything). The stopping element is left unread.
     */
    public Dataset readDataset(int stopBeforeTag) throws IOException {
        Dataset dataset = new Dataset();
        readInto(dataset, stopBeforeTag);
        return dataset;
    }

    /** Like {@link #readDataset(int)}, adding elements to an existing data set. */
    public void readInto(Dataset dataset, int stopBeforeTag) throws IOException {
        readElements(dataset, -1, false, stopBeforeTag, 0);
    }

    /**
     * The tag of the next element without consuming it, or -1 at the end of input. Lets a caller such as the
     * File Meta Information reader stop when the group changes.
     */
    public int peekTag() throws IOException {
        if (input.ensure(4) < 4) {
            return -1;
        }
        int g = bigEndian ? (input.peek(0) << 8) | input.peek(1) : (input.peek(1) << 8) | input.peek(0);
        int e = bigEndian ? (input.peek(2) << 8) | input.peek(3) : (input.peek(3) << 8) | input.peek(2);
        return (g << 16) | e;
    }

    /** The unread rest of the input, for switching to another encoding (after the File Meta Information). */
    public InputStream rest() {
        return input.rest();
    }

    // ------------------------------------------------------------------ elements

    private record Header(int tag, VR vr, long length, long offset) {
    }

    private record PathStep(int tag, int item) {
    }

    private void readElements(Dataset target, long end, boolean inItem, int stopBeforeTag, int depth)
            throws IOException {
        int previousTag = 0;
        boolean first = true;
        while (true) {
            if (end >= 0) {
                long pos = input.position();
                if (pos == end) {
                    return;
                }
                if (pos > end) {
                    throw error(pos, "PS3.5 7.5", "item content overruns the item's defined length by "
                            + (pos - end) + " bytes");
                }
            } else if (!inItem) {
                if (input.atEnd()) {
                    return;
                }
                if (stopBeforeTag != -1) {
                    int next = peekTag();
                    if (next != -1 && Integer.compareUnsigned(next, stopBeforeTag) >= 0) {
                        return;
                    }
                }
            }
            Header h = readHeader();
            if (h.tag == Tag.ITEM_DELIMITATION) {
                if (inItem && end < 0) {
                    checkZeroLength(h, "Item Delimitation Item");
                    return;
                }
                throw error(h.offset, "PS3.5 7.5.2", "Item Delimitation Item (FFFE,E00D) outside an item of "
                        + "undefined length");
            }
            if (h.tag == Tag.ITEM || h.tag == Tag.SEQUENCE_DELIMITATION) {
                throw error(h.offset, "PS3.5 7.5", String.format("%s found where a data element was expected",
                        h.tag == Tag.ITEM ? "Item (FFFE,E000)" : "Sequence Delimitation Item (FFFE,E0DD)"));
            }
            if (!first && Integer.compareUnsigned(h.tag, previousTag) <= 0) {
                diagnose(h.offset, "PS3.5 7.1", Integer.compareUnsigned(h.tag, previousTag) == 0
                        ? "element " + Tag.format(h.tag) + " appears twice; the later value is kept"
                        : "element " + Tag.format(h.tag) + " follows " + Tag.format(previousTag)
                        + ": data elements shall be in ascending tag order");
            }
            first = false;
            previousTag = h.tag;
            path.push(new PathStep(h.tag, 0));
            try {
                readValue(target, h, depth);
            } finally {
                path.pop();
            }
        }
    }

    private Header readHeader() throws IOException {
        long offset = input.position();
        try {
            int tag = input.readTag(bigEndian);
            if (Tag.group(tag) == 0xFFFE) {
                return new Header(tag, null, input.readUInt32(bigEndian), offset);
            }
            if (!explicitVR) {
                return new Header(tag, implicitVr(tag), input.readUInt32(false), offset);
            }
            int code = input.readUInt16(true);
            VR vr = VR.ofCode(code);
            if (vr == null) {
                // PS3.5 6.2: VRs unknown to this edition use the 32-bit length form; the value is read as UN.
                input.readUInt16(bigEndian);
                long length = input.readUInt32(bigEndian);
                diagnose(offset, "PS3.5 6.2", String.format("unknown VR code '%s' (0x%04X) on %s; value read as UN",
                        printable(code), code, Tag.format(tag)));
                return new Header(tag, VR.UN, length, offset);
            }
            if (vr.hasLongExplicitHeader()) {
                input.readUInt16(bigEndian);
                return new Header(tag, vr, input.readUInt32(bigEndian), offset);
            }
            return new Header(tag, vr, input.readUInt16(bigEndian), offset);
        } catch (EOFException e) {
            throw error(offset, "PS3.5 7.1", "input ends inside a data element header (truncated)");
        }
    }

    /**
     * PS3.5 A.1: the VR of an implicit-VR element comes from the dictionary. Where PS3.6 allows two,
     * OB/OW is read as OW, and US/SS follows Pixel Representation (0028,0103) as PS3.3 C.7.6.3.1 implies.
     */
    private VR implicitVr(int tag) {
        if (Tag.isPrivate(tag) && !Tag.isPrivateCreator(tag)) {
            return VR.UN;
        }
        DictionaryEntry entry = dictionary.lookup(tag).orElse(null);
        if (entry == null || entry.vrs().isEmpty()) {
            return VR.UN;
        }
        List<VR> vrs = entry.vrs();
        if (vrs.size() == 1) {
            return vrs.get(0);
        }
        if (vrs.contains(VR.OW)) {
            return VR.OW;
        }
        if (vrs.contains(VR.SS) && signedPixels) {
            return VR.SS;
        }
        return vrs.get(0);
    }

    private boolean signedPixels;

    private void readValue(Dataset target, Header h, int depth) throws IOException {
        VR vr = h.vr;
        long length = h.length;
        if (length == UNDEFINED_LENGTH) {
            if (vr == VR.SQ) {
                readSequence(target, h, depth, false);
            } else if (vr == VR.UN) {
                // PS3.5 6.2.2: UN with undefined length holds a sequence encoded in Implicit VR Little Endian.
                readSequence(target, h, depth, true);
            } else if (isPixelDataTag(h.tag) && (vr == VR.OB || vr == VR.OW)) {
                readFragments(target, h);
            } else {
                throw error(h.offset, "PS3.5 7.1.1", "undefined length on " + Tag.format(h.tag) + " " + vr
                        + ": only SQ, UN and encapsulated Pixel Data may have undefined length");
            }
            return;
        }
        checkFits(h, length);
        if (vr == VR.SQ) {
            readSequence(target, h, depth, false);
            return;
        }
        if ((length & 1) != 0) {
            String msg = "odd value length " + length + " on " + Tag.format(h.tag) + " " + vr
                    + ": value lengths shall be even";
            if (!options.lenient()) {
                throw error(h.offset, "PS3.5 7.1.1", msg);
            }
            diagnose(h.offset, "PS3.5 7.1.1", msg);
        }
        if (shouldReference(h)) {
            long valueOffset = input.position();
            skip(h, length);
            target.put(h.tag, vr, new BulkData(options.source(), valueOffset, length, bigEndian && vr.swapsBytes()));
            return;
        }
        byte[] bytes = readBytes(h, length);
        if (bigEndian && vr.swapsBytes()) {
            ByteSwap.swap(bytes, vr.swapWordSize());
        }
        target.put(h.tag, vr, ByteValue.wrap(bytes));
        if (h.tag == Tags.PixelRepresentation && bytes.length >= 2 && target.parent() == null) {
            signedPixels = (bytes[0] | bytes[1]) != 0;
        }
    }

    private boolean shouldReference(Header h) {
        if (options.bulkData() != BulkDataPolicy.REFERENCE || !referencesPossible) {
            return false;
        }
        return isPixelDataTag(h.tag) || h.tag == Tags.FloatPixelData || h.tag == Tags.DoubleFloatPixelData
                || h.length >= options.bulkDataThreshold() && h.vr.kind() == VR.Kind.BULK;
    }

    private static boolean isPixelDataTag(int tag) {
        return tag == Tags.PixelData;
    }

    private void readSequence(Dataset target, Header h, int depth, boolean implicitItems) throws IOException {
        if (depth >= MAX_DEPTH) {
            throw error(h.offset, "", "sequences nested deeper than " + MAX_DEPTH + " levels");
        }
        Sequence seq = target.newSequence(h.tag, h.vr);
        boolean undefined = h.length == UNDEFINED_LENGTH;
        seq.setUndefinedLength(undefined);
        long end = undefined ? -1 : input.position() + h.length;
        boolean savedExplicit = explicitVR;
        boolean savedBigEndian = bigEndian;
        if (implicitItems) {
            explicitVR = false;
            bigEndian = false;
        }
        try {
            int index = 0;
            while (true) {
                if (!undefined) {
                    long pos = input.position();
                    if (pos == end) {
                        return;
                    }
                    if (pos > end) {
                        throw error(pos, "PS3.5 7.5", "items overrun the sequence's defined length by "
                                + (pos - end) + " bytes");
                    }
                }
                Header item = readHeader();
                if (item.tag == Tag.SEQUENCE_DELIMITATION) {
                    if (!undefined) {
                        throw error(item.offset, "PS3.5 7.5.2",
                                "Sequence Delimitation Item in a sequence of defined length");
                    }
                    checkZeroLength(item, "Sequence Delimitation Item");
                    return;
                }
                if (item.tag != Tag.ITEM) {
                    throw error(item.offset, "PS3.5 7.5", "expected an Item (FFFE,E000) or Sequence Delimitation "
                            + "Item (FFFE,E0DD) in the sequence, found " + Tag.format(item.tag));
                }
                index++;
                boolean itemUndefined = item.length == UNDEFINED_LENGTH;
                if (!itemUndefined) {
                    checkFits(item, item.length);
                    if (!undefined && input.position() + item.length > end) {
                        throw error(item.offset, "PS3.5 7.5", "item of " + item.length
                                + " bytes extends past the end of its sequence");
                    }
                }
                Dataset dataset = seq.addItem();
                dataset.setUndefinedLength(itemUndefined);
                path.pop();
                path.push(new PathStep(h.tag, index));
                readElements(dataset, itemUndefined ? -1 : input.position() + item.length, true, -1, depth + 1);
            }
        } catch (EOFException e) {
            throw error(input.position(), "PS3.5 7.5", "input ends inside a sequence (truncated)");
        } finally {
            explicitVR = savedExplicit;
            bigEndian = savedBigEndian;
        }
    }

    private void readFragments(Dataset target, Header h) throws IOException {
        if (!explicitVR) {
            throw error(h.offset, "PS3.5 A.4", "encapsulated Pixel Data requires an explicit VR transfer syntax");
        }
        Fragments fragments = new Fragments();
        target.put(h.tag, h.vr, fragments);
        int index = 0;
        while (true) {
            Header item = readHeader();
            if (item.tag == Tag.SEQUENCE_DELIMITATION) {
                checkZeroLength(item, "Sequence Delimitation Item");
                if (index == 0) {
                    throw error(item.offset, "PS3.5 A.4", "encapsulated Pixel Data lacks the Basic Offset Table item");
                }
                return;
            }
            if (item.tag != Tag.ITEM) {
                throw error(item.offset, "PS3.5 A.4", "expected a fragment Item (FFFE,E000) or Sequence "
                        + "Delimitation Item in encapsulated Pixel Data, found " + Tag.format(item.tag));
            }
            if (item.length == UNDEFINED_LENGTH) {
                throw error(item.offset, "PS3.5 A.4", "fragment items shall have a defined length");
            }
            checkFits(item, item.length);
            if ((item.length & 1) != 0) {
                String msg = "fragment " + index + " has odd length " + item.length;
                if (!options.lenient()) {
                    throw error(item.offset, "PS3.5 A.4", msg);
                }
                diagnose(item.offset, "PS3.5 A.4", msg);
            }
            path.pop();
            path.push(new PathStep(h.tag, index + 1));
            if (index > 0 && options.bulkData() == BulkDataPolicy.REFERENCE && referencesPossible) {
                long valueOffset = input.position();
                skip(item, item.length);
                fragments.add(new BulkData(options.source(), valueOffset, item.length, false));
            } else {
                fragments.add(ByteValue.wrap(readBytes(item, item.length)));
            }
            index++;
        }
    }

    // ------------------------------------------------------------------ bytes

    private void checkFits(Header h, long length) throws DicomParseException {
        long remaining = input.remaining();
        if (remaining >= 0 && length > remaining) {
            throw error(h.offset, "PS3.5 7.1.1", "value length " + length + " of " + describeHeader(h)
                    + " exceeds the " + remaining + " bytes left in the input");
        }
    }

    private byte[] readBytes(Header h, long length) throws IOException {
        try {
            if (input.remaining() >= 0 || length <= CHUNK) {
                if (length > Integer.MAX_VALUE - 8) {
                    throw error(h.offset, "", "value of " + length + " bytes on " + describeHeader(h)
                            + " is too large to hold in memory; read with BulkDataPolicy.REFERENCE");
                }
                byte[] bytes = new byte[(int) length];
                input.readFully(bytes, 0, bytes.length);
                return bytes;
            }
            // Unknown input length: grow as bytes really arrive, so a forged length cannot force a huge allocation.
            ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK);
            long left = length;
            byte[] chunk = new byte[CHUNK];
            while (left > 0) {
                int n = (int) Math.min(left, CHUNK);
                input.readFully(chunk, 0, n);
                out.write(chunk, 0, n);
                left -= n;
                if (out.size() > Integer.MAX_VALUE - CHUNK) {
                    throw error(h.offset, "", "value on " + describeHeader(h) + " is too large to hold in memory");
                }
            }
            return out.toByteArray();
        } catch (EOFException e) {
            throw error(h.offset, "PS3.5 7.1.1", "input ends inside the " + length + "-byte value of "
                    + describeHeader(h) + " (truncated)");
        }
    }

    private void skip(Header h, long length) throws IOException {
        try {
            input.skipFully(length);
        } catch (EOFException e) {
            throw error(h.offset, "PS3.5 7.1.1", "input ends inside the " + length + "-byte value of "
                    + describeHeader(h) + " (truncated)");
        }
    }

    private void checkZeroLength(Header h, String what) throws IOException {
        if (h.length != 0) {
            String msg = what + " has length " + h.length + ", shall be 0";
            if (!options.lenient()) {
                throw error(h.offset, "PS3.5 7.5.2", msg);
            }
            diagnose(h.offset, "PS3.5 7.5.2", msg);
        }
    }

    // ------------------------------------------------------------------ messages

    private String describeHeader(Header h) {
        return h.vr == null ? Tag.format(h.tag) : Tag.format(h.tag) + " " + h.vr;
    }

    private static String printable(int code) {
        char a = (char) (code >>> 8);
        char b = (char) (code & 0xFF);
        return (Character.isLetterOrDigit(a) ? String.valueOf(a) : "?") + (Character.isLetterOrDigit(b) ? b : "?");
    }

    private String tagPath() {
        StringBuilder sb = new StringBuilder();
        Iterator<PathStep> it = path.descendingIterator();
        while (it.hasNext()) {
            PathStep step = it.next();
            if (sb.length() > 0) {
                sb.append(" / ");
            }
            sb.append(Dataset.describe(step.tag));
            if (step.item > 0) {
                sb.append(" / item ").append(step.item);
            }
        }
        return sb.toString();
    }

    private DicomParseException error(long offset, String rule, String message) {
        return new DicomParseException(offset, tagPath(), rule, message);
    }

    private void diagnose(long offset, String rule, String message) {
        diagnostics.add(new ParseDiagnostic(offset, tagPath(), rule, message));
    }
}
