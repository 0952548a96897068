package org.dicomharness.simulators.viewer;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Fragments;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.data.Value;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.simulators.DatasetDigest;

/**
 * Attribute-level comparison of two data sets, recursing into sequence items: what was added, removed or changed.
 * Strings are compared as decoded values (so a change of padding or of character set that keeps the text is no
 * difference); binary values byte for byte as held in memory (little endian, so a change between little and big
 * endian syntaxes is no difference either); encapsulated Pixel Data fragment by fragment. Group Length elements
 * (gggg,0000) carry no information of their own and are not compared.
 */
final class DatasetComparator {

    private static final int MAX_RENDERED = 80;

    private final Set<Integer> coercible;
    private final List<AttributeDifference> out = new ArrayList<>();

    private DatasetComparator(Set<Integer> coercible) {
        this.coercible = coercible;
    }

    static List<AttributeDifference> compare(Dataset sent, Dataset received, Set<Integer> coercible) {
        DatasetComparator c = new DatasetComparator(coercible);
        c.compare("", sent, received, false, true);
        return List.copyOf(c.out);
    }

    private void compare(String prefix, Dataset a, Dataset b, boolean allowed, boolean top) {
        TreeSet<Integer> tags = new TreeSet<>(Integer::compareUnsigned);
        a.forEach(e -> tags.add(e.tag()));
        b.forEach(e -> tags.add(e.tag()));
        for (int tag : tags) {
            if (Tag.element(tag) == 0x0000) {
                continue;
            }
            boolean ok = allowed || top && coercible.contains(tag);
            String path = prefix + name(tag);
            DataElement x = a.get(tag);
            DataElement y = b.get(tag);
            if (y == null) {
                out.add(new AttributeDifference(path, AttributeDifference.Kind.REMOVED, render(a, x), "", ok));
            } else if (x == null) {
                out.add(new AttributeDifference(path, AttributeDifference.Kind.ADDED, "", render(b, y), ok));
            } else {
                element(path, a, x, b, y, ok);
            }
        }
    }

    private void element(String path, Dataset a, DataElement x, Dataset b, DataElement y, boolean allowed) {
        if (x.value() instanceof Sequence sx && y.value() instanceof Sequence sy) {
            if (sx.size() != sy.size()) {
                out.add(new AttributeDifference(path, AttributeDifference.Kind.CHANGED, sx.size() + " item(s)",
                        sy.size() + " item(s)", allowed));
                return;
            }
            for (int i = 0; i < sx.size(); i++) {
                compare(path + "[" + (i + 1) + "] > ", sx.get(i), sy.get(i), allowed, false);
            }
            return;
        }
        boolean same;
        if (x.vr().isString() && y.vr().isString()) {
            same = Arrays.equals(a.getStrings(x.tag()), b.getStrings(y.tag()));
        } else if (x.vr() != y.vr() && x.vr() != VR.UN && y.vr() != VR.UN) {
            same = false;
        } else {
            same = sameBytes(x.value(), y.value());
        }
        if (!same) {
            String vrs = x.vr() == y.vr() ? "" : " (VR " + x.vr() + " -> " + y.vr() + ")";
            out.add(new AttributeDifference(path + vrs, AttributeDifference.Kind.CHANGED, render(a, x), render(b, y),
                    allowed));
        }
    }

    private static boolean sameBytes(Value x, Value y) {
        if (x instanceof Fragments fx && y instanceof Fragments fy) {
            if (fx.size() != fy.size()) {
                return false;
            }
            for (int i = 0; i < fx.size(); i++) {
                if (!sameBytes(fx.items().get(i), fy.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (x instanceof ByteValue bx && y instanceof ByteValue by) {
            return Arrays.equals(bx.unsafeBytes(), by.unsafeBytes());
        }
        return false;
    }

    private static String name(int tag) {
        String keyword = ElementDictionary.standard().keywordOf(tag);
        return Tag.format(tag) + (keyword.isEmpty() ? "" : " " + keyword);
    }

    private static String render(Dataset ds, DataElement e) {
        Value v = e.value();
        if (v instanceof Sequence s) {
            return s.size() + " item(s)";
        }
        if (v instanceof Fragments f) {
            return "encapsulated, " + f.size() + " item(s), " + f.length() + " bytes";
        }
        if (e.vr().isString() || e.vr().kind() == VR.Kind.BINARY_NUMBER) {
            try {
                return clip(String.join("\\", ds.getStrings(e.tag())));
            } catch (RuntimeException ex) {
                return "(undecodable: " + ex.getMessage() + ")";
            }
        }
        if (v instanceof ByteValue b) {
            MessageDigest md = DatasetDigest.newDigest();
            md.update(b.unsafeBytes());
            return b.length() + " bytes, sha256 " + DatasetDigest.hex(md).substring(0, 16);
        }
        return v.toString();
    }

    private static String clip(String s) {
        return s.length() <= MAX_RENDERED ? s : s.substring(0, MAX_RENDERED - 3) + "...";
    }
}
