package org.dicomharness.dicom.interop;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/**
 * A parsed dcmdump-style listing: DCMTK's {@code dcmdump +L -Un} output or our {@code DatasetDumper} output,
 * which follow the same line layout {@code (gggg,eeee) VR value  # length, VM keyword}. Lines are assembled
 * into a tree from the structure lines (sequence, item, delimitation, pixel sequence), not from indentation,
 * so that the comparison sees the sequence/item/fragment structure exactly as the dumper reported it.
 *
 * @param meta    the elements under "# Dicom-Meta-Information-Header" (empty when there is none)
 * @param dataset the elements of the data set
 */
public record DumpListing(List<Element> meta, List<Element> dataset) {

    /**
     * One data element line.
     *
     * @param tag       the tag
     * @param vr        the two characters in the VR column as printed ("??" and DCMTK's "xs"/"lt"/"ox" kept)
     * @param value     the value column: a bracketed string, numbers, hex bytes or a parenthesised remark
     * @param length    the length column ("u/l" for undefined, "-" where our dumper does not know it)
     * @param vm        the VM column
     * @param items     the items of a sequence ({@code null} for other elements)
     * @param fragments the items of encapsulated pixel data ({@code null} for other elements)
     * @param line      line number in the listing, for messages
     */
    public record Element(int tag, String vr, String value, String length, int vm, List<Item> items,
                   List<Element> fragments, int line) {

        public boolean isSequence() {
            return items != null;
        }

        public boolean isPixelSequence() {
            return fragments != null;
        }

        public String tagText() {
            return String.format(Locale.ROOT, "(%04x,%04x)", tag >>> 16, tag & 0xFFFF);
        }
    }

    /** One item of a sequence: its header remark, e.g. "(Item with explicit length #=2)", and its elements. */
    public record Item(String header, String length, List<Element> elements, int line) {
    }

    private static final Pattern ELEMENT = Pattern.compile(
            "^\\s*\\(([0-9a-fA-F]{4}),([0-9a-fA-F]{4})\\) (\\S\\S) (.*?)\\s*#\\s*(\\S+), (\\d+) ([^#]*)$");

    private static final int ITEM = 0xFFFEE000;
    private static final int ITEM_DELIMITATION = 0xFFFEE00D;
    private static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

    /**
     * The character set dcmdump's output is in: it prints string values in the bytes of the file, so the
     * listing of a file is decoded with the file's Specific Character Set (the corpus uses none, ISO_IR 100
     * and ISO_IR 192).
     */
    public static Charset charsetOf(Dataset dataset) {
        String[] terms = dataset.getStrings(Tags.SpecificCharacterSet);
        if (terms.length == 0 || terms[0].isEmpty() || terms[0].equals("ISO_IR 6")) {
            return StandardCharsets.US_ASCII;
        }
        return switch (terms[0]) {
            case "ISO_IR 100" -> StandardCharsets.ISO_8859_1;
            case "ISO_IR 192" -> StandardCharsets.UTF_8;
            default -> throw new AssertionError("Specific Character Set " + terms[0]
                    + ": no decoding of dcmdump's output for it here");
        };
    }

    /** Parses a listing; fails with the line number on anything it does not understand. */
    public static DumpListing parse(String text) {
        List<Element> meta = new ArrayList<>();
        List<Element> dataset = new ArrayList<>();
        Builder builder = new Builder(dataset);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                if (trimmed.startsWith("# Dicom-Meta-Information-Header")) {
                    builder.finish(number);
                    builder = new Builder(meta);
                } else if (trimmed.startsWith("# Dicom-Data-Set")) {
                    builder.finish(number);
                    builder = new Builder(dataset);
                }
                continue;
            }
            Matcher m = ELEMENT.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("line " + number + " is not an element line: " + line);
            }
            int tag = (Integer.parseInt(m.group(1), 16) << 16) | Integer.parseInt(m.group(2), 16);
            builder.accept(tag, m.group(3), m.group(4), m.group(5), Integer.parseInt(m.group(6)), number);
        }
        builder.finish(lines.length);
        return new DumpListing(List.copyOf(meta), List.copyOf(dataset));
    }

    /** Assembles elements into sequences, items and pixel sequences as the structure lines open and close them. */
    private static final class Builder {

        /** An open container: the element list of the top level or of an item, a sequence, or a pixel sequence. */
        private record Open(List<Element> elements, Element sequence, Element pixelSequence) {
        }

        private final Deque<Open> stack = new ArrayDeque<>();

        Builder(List<Element> target) {
            stack.push(new Open(target, null, null));
        }

        void accept(int tag, String vr, String value, String length, int vm, int line) {
            Open top = stack.peek();
            if (tag == ITEM && vr.equals("pi")) {
                if (top.pixelSequence == null) {
                    throw new IllegalArgumentException("line " + line + ": pixel item outside a pixel sequence");
                }
                top.pixelSequence.fragments().add(new Element(tag, vr, value, length, vm, null, null, line));
            } else if (tag == ITEM) {
                if (top.sequence == null) {
                    throw new IllegalArgumentException("line " + line + ": item outside a sequence");
                }
                Item item = new Item(value, length, new ArrayList<>(), line);
                top.sequence.items().add(item);
                stack.push(new Open(item.elements(), null, null));
            } else if (tag == ITEM_DELIMITATION) {
                if (stack.size() < 2 || top.sequence != null || top.pixelSequence != null) {
                    throw new IllegalArgumentException("line " + line + ": item delimitation outside an item");
                }
                stack.pop();
            } else if (tag == SEQUENCE_DELIMITATION) {
                if (top.sequence == null && top.pixelSequence == null) {
                    throw new IllegalArgumentException("line " + line + ": sequence delimitation outside a sequence");
                }
                stack.pop();
            } else if (value.startsWith("(Sequence with ")) {
                Element e = new Element(tag, vr, value, length, vm, new ArrayList<>(), null, line);
                top.elements.add(e);
                stack.push(new Open(null, e, null));
            } else if (value.startsWith("(PixelSequence")) {
                Element e = new Element(tag, vr, value, length, vm, null, new ArrayList<>(), line);
                top.elements.add(e);
                stack.push(new Open(null, null, e));
            } else {
                if (top.elements == null) {
                    throw new IllegalArgumentException("line " + line + ": element directly inside a sequence, "
                            + "outside any item");
                }
                top.elements.add(new Element(tag, vr, value, length, vm, null, null, line));
            }
        }

        void finish(int line) {
            if (stack.size() != 1) {
                throw new IllegalArgumentException("listing section ends at line " + line + " with "
                        + (stack.size() - 1) + " sequence(s) or item(s) still open");
            }
        }
    }
}
