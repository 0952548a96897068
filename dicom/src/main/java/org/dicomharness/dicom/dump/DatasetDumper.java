package org.dicomharness.dicom.dump;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.BulkData;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.data.Fragments;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.data.Value;
import org.dicomharness.dicom.dict.ElementDictionary;

/**
 * A line-per-element listing in the layout DCMTK's dcmdump made familiar:
 * {@code (gggg,eeee) VR value  # length, VM Keyword}, with sequences, items and fragments indented.
 * String values are shown decoded with the Specific Character Set; binary numbers, and the number streams of
 * OF, OD, OL and OV, in decimal; AT values as lower-case tags; other byte values as hexadecimal words. The
 * interop tests compare this listing with dcmdump's line by line, so it keeps dcmdump's conventions.
 */
public final class DatasetDumper {

    private static final int VALUE_COLUMN = 40;
    private static final int SHORT_LIMIT = 64;
    private static final int SHORT_WORDS = 16;

    private final boolean printAll;
    private final ElementDictionary dictionary = ElementDictionary.standard();

    /** @param printAll show long values whole instead of shortening them with "..." */
    public DatasetDumper(boolean printAll) {
        this.printAll = printAll;
    }

    public String dump(Dataset dataset) {
        StringBuilder out = new StringBuilder();
        dump(dataset, 0, out);
        return out.toString();
    }

    public void dump(Dataset dataset, int depth, StringBuilder out) {
        for (DataElement e : dataset) {
            dumpElement(dataset, e, depth, out);
        }
    }

    private void dumpElement(Dataset owner, DataElement e, int depth, StringBuilder out) {
        Value value = e.value();
        String keyword = keyword(owner, e.tag());
        if (value instanceof Sequence seq) {
            line(out, depth, e.tag(), e.vr().name(), "(Sequence with " + lengthWord(seq.hasUndefinedLength())
                    + " length #=" + seq.size() + ")", seq.hasUndefinedLength() ? "u/l" : "-", 1, keyword);
            for (Dataset item : seq) {
                line(out, depth + 1, Tag.ITEM, "na", "(Item with " + lengthWord(item.hasUndefinedLength())
                        + " length #=" + item.size() + ")", item.hasUndefinedLength() ? "u/l" : "-", 1, "Item");
                dump(item, depth + 2, out);
                line(out, depth + 1, Tag.ITEM_DELIMITATION, "na", "(ItemDelimitationItem)", "0", 0,
                        "ItemDelimitationItem");
            }
            line(out, depth, Tag.SEQUENCE_DELIMITATION, "na", "(SequenceDelimitationItem)", "0", 0,
                    "SequenceDelimitationItem");
        } else if (value instanceof Fragments fragments) {
            line(out, depth, e.tag(), e.vr().name(), "(PixelSequence #=" + fragments.size() + ")", "u/l", 1,
                    keyword);
            for (Value f : fragments.items()) {
                String shown = f.isEmpty() ? "(no value available)" : hex(f, VR.OB);
                line(out, depth + 1, Tag.ITEM, "pi", shown, Long.toString(f.length()), 1, "Item");
            }
            line(out, depth, Tag.SEQUENCE_DELIMITATION, "na", "(SequenceDelimitationItem)", "0", 0,
                    "SequenceDelimitationItem");
        } else {
            String shown;
            int vm;
            if (value.isEmpty()) {
                shown = "(no value available)";
                vm = 0;
            } else if (e.vr().isString() || e.vr().kind() == VR.Kind.BINARY_NUMBER) {
                String[] values = stringValues(owner, e);
                vm = values.length;
                String joined = String.join("\\", values);
                shown = e.vr().isString() ? "[" + shorten(joined) + "]" : shorten(joined);
            } else if (isNumericStream(e.vr())) {
                // PS3.5 6.4: OF, OD, OL and OV hold one value, a stream of binary numbers shown as such.
                vm = 1;
                shown = numbers(value, e.vr());
            } else {
                vm = 1;
                shown = hex(value, e.vr());
            }
            line(out, depth, e.tag(), e.vr().name(), shown, Long.toString(value.length()), vm, keyword);
        }
    }

    private String[] stringValues(Dataset owner, DataElement e) {
        try {
            if (e.vr().isString()) {
                String raw = owner.getRawString(e.tag());
                return org.dicomharness.dicom.data.ValueCodec.splitValues(stripPadding(raw, e.vr()), e.vr())
                        .toArray(String[]::new);
            }
            if (e.vr() == VR.AT) {
                // Lower-case hexadecimal, as in the tag column.
                long[] tags = owner.getLongs(e.tag());
                String[] out = new String[tags.length];
                for (int i = 0; i < tags.length; i++) {
                    out[i] = String.format(Locale.ROOT, "(%04x,%04x)", tags[i] >>> 16, tags[i] & 0xFFFF);
                }
                return out;
            }
            return owner.getStrings(e.tag());
        } catch (DicomDataException ex) {
            return new String[] {"(unreadable: " + ex.getMessage() + ")"};
        }
    }

    private static boolean isNumericStream(VR vr) {
        return vr == VR.OF || vr == VR.OD || vr == VR.OL || vr == VR.OV;
    }

    /** The words of OF/OD (floating point) or OL/OV (unsigned integers) in decimal, shortened unless printing all. */
    private String numbers(Value value, VR vr) {
        int word = vr.bytesPerValue();
        long wanted = printAll ? value.length() : Math.min(value.length(), (long) SHORT_WORDS * word);
        byte[] bytes;
        try {
            bytes = readPrefix(value, wanted, word);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        StringBuilder sb = new StringBuilder();
        while (buf.remaining() >= word) {
            if (sb.length() > 0) {
                sb.append('\\');
            }
            switch (vr) {
                case OF -> sb.append(buf.getFloat());
                case OD -> sb.append(buf.getDouble());
                case OL -> sb.append(Integer.toUnsignedString(buf.getInt()));
                default -> sb.append(Long.toUnsignedString(buf.getLong()));
            }
        }
        String shown = sb.toString();
        if (printAll) {
            return shown;
        }
        if (shown.length() > SHORT_LIMIT) {
            return shown.substring(0, SHORT_LIMIT) + "...";
        }
        return value.length() > bytes.length ? shown + "..." : shown;
    }

    /** Only the trailing padding goes; other spaces are shown as they are, as dcmdump does. */
    private static String stripPadding(String raw, VR vr) {
        int end = raw.length();
        while (end > 0 && (raw.charAt(end - 1) == 0 || raw.charAt(end - 1) == ' ' && vr != VR.UI)) {
            end--;
        }
        return raw.substring(0, end);
    }

    private String shorten(String s) {
        if (printAll || s.length() <= SHORT_LIMIT) {
            return s;
        }
        return s.substring(0, SHORT_LIMIT) + "...";
    }

    private String hex(Value value, VR vr) {
        int word = vr == VR.OW ? 2 : vr == VR.OL || vr == VR.OF ? 4 : vr == VR.OD || vr == VR.OV ? 8 : 1;
        long maxBytes = printAll ? Long.MAX_VALUE : Math.max(word, (SHORT_LIMIT / (2 * word + 1)) * word);
        byte[] bytes;
        try {
            bytes = readPrefix(value, Math.min(value.length(), maxBytes), word);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + word <= bytes.length; i += word) {
            if (i > 0) {
                sb.append('\\');
            }
            for (int b = word - 1; b >= 0; b--) {
                sb.append(String.format(Locale.ROOT, "%02x", bytes[i + b] & 0xFF));
            }
        }
        if (value.length() > bytes.length) {
            sb.append("...");
        }
        return sb.toString();
    }

    /** The first {@code n} value bytes in little-endian order, whatever order a bulk data source holds them in. */
    private static byte[] readPrefix(Value value, long n, int word) throws IOException {
        if (value instanceof ByteValue bv) {
            return java.util.Arrays.copyOf(bv.unsafeBytes(), (int) n);
        }
        BulkData bulk = (BulkData) value;
        try (InputStream in = bulk.open()) {
            byte[] bytes = in.readNBytes((int) Math.min(n, Integer.MAX_VALUE - 8));
            if (bulk.bigEndian()) {
                org.dicomharness.dicom.io.ByteSwap.swap(bytes, word);
            }
            return bytes;
        }
    }

    private String keyword(Dataset owner, int tag) {
        if (Tag.isPrivate(tag) && !Tag.isPrivateCreator(tag)) {
            String creator = owner.privateCreatorOf(tag);
            return creator == null ? "PrivateTag (no private creator)" : "PrivateTag [" + creator + "]";
        }
        String kw = dictionary.keywordOf(tag);
        return kw.isEmpty() ? "Unknown Tag & Data" : kw;
    }

    private static String lengthWord(boolean undefined) {
        return undefined ? "undefined" : "explicit";
    }

    private static void line(StringBuilder out, int depth, int tag, String vr, String value, String length, int vm,
                             String keyword) {
        int start = out.length();
        out.append("  ".repeat(depth));
        out.append(String.format(Locale.ROOT, "(%04x,%04x) %s ", Tag.group(tag), Tag.element(tag), vr));
        out.append(value);
        int width = out.length() - start;
        int column = VALUE_COLUMN + 12 + 2 * depth;
        if (width < column) {
            out.append(" ".repeat(column - width));
        }
        out.append(" # ").append(String.format(Locale.ROOT, "%3s", length)).append(", ").append(vm).append(' ')
           .append(keyword).append('\n');
    }
}
