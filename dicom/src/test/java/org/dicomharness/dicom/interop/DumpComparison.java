package org.dicomharness.dicom.interop;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dicomharness.dicom.interop.DumpListing.Element;
import org.dicomharness.dicom.interop.DumpListing.Item;

/**
 * Compares DCMTK's dcmdump listing of a file with ours, element by element: every element of one must be in
 * the other with the same tag, VR, value, length and VM, sequences with the same items (and the same
 * explicit/undefined length encoding), encapsulated Pixel Data with the same fragments, byte for byte.
 *
 * <p>Values are compared by what they mean, not by how each tool prints them: strings exactly as printed
 * (both show the value with its trailing padding removed), AT tags case-insensitively, integers as integers,
 * hexadecimal bytes and words exactly, FL/OF as the same float, FD/OD within {@link #DOUBLE_TOLERANCE}
 * (see {@link Deviation#DCMTK_DOUBLE_DIGITS}). Where dcmdump departs from the standard, the comparison
 * accepts only that departure and counts it under a {@link Deviation}.
 */
public final class DumpComparison {

    /** Relative tolerance for FD/OD; DCMTK's own double formatting is off in the last two of 17 digits. */
    public static final BigDecimal DOUBLE_TOLERANCE = new BigDecimal("1e-14");

    /** Where DCMTK 3.6.7's dcmdump output differs from PS3.5, and what the comparison accepts instead. */
    public enum Deviation {
        /**
         * An element read in Implicit VR that DCMTK's dictionary does not know (a private element) is shown
         * with VR "??"; PS3.5 6.2.2 calls a value of unknown VR "UN", which is what we show.
         */
        DCMTK_UNKNOWN_VR_AS_QUESTION_MARKS,
        /**
         * DCMTK's pseudo-VRs "xs" (US or SS) and "lt" (US, SS or OW) stay unresolved in an Implicit VR item that
         * has no Pixel Representation of its own, the value shown unsigned; PS3.5 Table 6.2-1 has no such VR. We
         * resolve it from the Pixel Representation of the enclosing data set (PS3.3 C.7.6.3.1.4, C.11.1.1) and
         * compare the 16-bit patterns.
         */
        DCMTK_UNRESOLVED_PSEUDO_VR,
        /**
         * dcmdump gives an empty OB, OD, OF, OL, OV, OW or UN a VM of 1 (PS3.5 6.4 fixes their VM at one) but an
         * empty value of any other VR a VM of 0; we say 0 for every empty value.
         */
        DCMTK_EMPTY_BINARY_VM_ONE,
        /**
         * DCMTK formats FD/OD with its own routine (OFStandard::ftoa), whose 16th and 17th digits are not
         * correctly rounded (-1e-300 prints as -9.9999999999999929e-301); accepted within 1e-14 relative.
         */
        DCMTK_DOUBLE_DIGITS
    }

    /** The outcome for one file. */
    public record Result(int elements, int fragments, List<String> mismatches, Map<Deviation, Integer> deviations) {
    }

    private static final Set<String> STRING_VRS = Set.of("AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT",
            "PN", "SH", "ST", "TM", "UC", "UI", "UR", "UT");
    private static final Set<String> INTEGER_VRS = Set.of("US", "SS", "UL", "SL", "SV", "UV", "OL", "OV");
    private static final Set<String> HEX_VRS = Set.of("OB", "OW", "UN");
    private static final Set<String> EMPTY_VM_ONE_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "UN", "??");
    private static final String NO_VALUE = "(no value available)";

    private final String file;
    private final List<String> mismatches = new ArrayList<>();
    private final Map<Deviation, Integer> deviations = new TreeMap<>();
    private int elements;
    private int fragments;

    private DumpComparison(String file) {
        this.file = file;
    }

    /** Compares dcmdump's elements ({@code theirs}) with ours. */
    public static Result compare(String file, List<Element> theirs, List<Element> ours) {
        DumpComparison c = new DumpComparison(file);
        c.compareLists("", theirs, ours);
        return new Result(c.elements, c.fragments, List.copyOf(c.mismatches), Map.copyOf(c.deviations));
    }

    private void compareLists(String path, List<Element> theirs, List<Element> ours) {
        int i = 0;
        int j = 0;
        while (i < theirs.size() || j < ours.size()) {
            Element t = i < theirs.size() ? theirs.get(i) : null;
            Element o = j < ours.size() ? ours.get(j) : null;
            int order = t == null ? 1 : o == null ? -1 : Integer.compareUnsigned(t.tag(), o.tag());
            if (order < 0) {
                mismatch(path + t.tagText(), "only dcmdump lists it: " + describe(t));
                i++;
            } else if (order > 0) {
                mismatch(path + o.tagText(), "only harness dump lists it: " + describe(o));
                j++;
            } else {
                compareElement(path + t.tagText(), t, o);
                i++;
                j++;
            }
        }
    }

    private void compareElement(String where, Element t, Element o) {
        elements++;
        String theirVr = t.vr();
        if (theirVr.equals("??") && o.vr().equals("UN")) {
            count(Deviation.DCMTK_UNKNOWN_VR_AS_QUESTION_MARKS);
        } else if ((theirVr.equals("xs") && (o.vr().equals("US") || o.vr().equals("SS")))
                || (theirVr.equals("lt") && o.vr().equals("OW"))) {
            count(Deviation.DCMTK_UNRESOLVED_PSEUDO_VR);
        } else if (!theirVr.equals(o.vr())) {
            mismatch(where, "VR: dcmdump " + theirVr + " (line " + t.line() + ") vs harness " + o.vr()
                    + " (line " + o.line() + ")");
            return;
        }
        if (t.isSequence() != o.isSequence() || t.isPixelSequence() != o.isPixelSequence()) {
            mismatch(where, "kind: dcmdump " + describe(t) + " vs harness " + describe(o));
            return;
        }
        if (t.isSequence()) {
            compareSequence(where, t, o);
        } else if (t.isPixelSequence()) {
            comparePixelSequence(where, t, o);
        } else {
            compareValue(where, t, o);
        }
    }

    private void compareSequence(String where, Element t, Element o) {
        same(where, "sequence", t.value(), o.value(), t, o);
        compareLength(where, t.length(), o.length(), t, o);
        int n = Math.min(t.items().size(), o.items().size());
        for (int k = 0; k < n; k++) {
            Item ti = t.items().get(k);
            Item oi = o.items().get(k);
            String itemPath = where + "[" + (k + 1) + "]";
            if (!ti.header().equals(oi.header())) {
                mismatch(itemPath, "item: dcmdump \"" + ti.header() + "\" (line " + ti.line() + ") vs harness \""
                        + oi.header() + "\" (line " + oi.line() + ")");
            }
            if (!oi.length().equals("-") && !ti.length().equals(oi.length())) {
                mismatch(itemPath, "item length: dcmdump " + ti.length() + " vs harness " + oi.length());
            }
            compareLists(itemPath + "/", ti.elements(), oi.elements());
        }
    }

    private void comparePixelSequence(String where, Element t, Element o) {
        same(where, "pixel sequence", t.value(), o.value(), t, o);
        int n = Math.min(t.fragments().size(), o.fragments().size());
        for (int k = 0; k < n; k++) {
            Element tf = t.fragments().get(k);
            Element of = o.fragments().get(k);
            String fragmentPath = where + "{" + k + "}";
            fragments++;
            compareLength(fragmentPath, tf.length(), of.length(), tf, of);
            if (!tf.value().equalsIgnoreCase(of.value())) {
                mismatch(fragmentPath, valueMessage(tf, of));
            }
        }
    }

    private void compareValue(String where, Element t, Element o) {
        compareLength(where, t.length(), o.length(), t, o);
        boolean theirsEmpty = t.value().equals(NO_VALUE);
        boolean oursEmpty = o.value().equals(NO_VALUE);
        if (theirsEmpty || oursEmpty) {
            if (theirsEmpty != oursEmpty) {
                mismatch(where, valueMessage(t, o));
            } else if (t.vm() != o.vm()) {
                if (t.vm() == 1 && o.vm() == 0 && EMPTY_VM_ONE_VRS.contains(t.vr())) {
                    count(Deviation.DCMTK_EMPTY_BINARY_VM_ONE);
                } else {
                    mismatch(where, "VM of the empty value: dcmdump " + t.vm() + " vs harness " + o.vm());
                }
            }
            return;
        }
        if (t.vm() != o.vm()) {
            mismatch(where, "VM: dcmdump " + t.vm() + " (line " + t.line() + ") vs harness " + o.vm()
                    + " (line " + o.line() + ")");
        }
        String vr = o.vr();
        boolean equal;
        if (STRING_VRS.contains(vr)) {
            equal = t.value().equals(o.value());
        } else if (vr.equals("AT")) {
            equal = t.value().equalsIgnoreCase(o.value());
        } else if (t.vr().equals("xs")) {
            equal = sameIntegers(t.value(), o.value(), 0xFFFF);
        } else if (INTEGER_VRS.contains(vr)) {
            equal = sameIntegers(t.value(), o.value(), 0);
        } else if (vr.equals("FL") || vr.equals("OF")) {
            equal = sameFloats(t.value(), o.value());
        } else if (vr.equals("FD") || vr.equals("OD")) {
            equal = sameDoubles(t.value(), o.value());
        } else if (HEX_VRS.contains(vr)) {
            equal = t.value().equalsIgnoreCase(o.value());
        } else {
            mismatch(where, "no comparison rule for VR " + vr);
            return;
        }
        if (!equal) {
            mismatch(where, valueMessage(t, o));
        }
    }

    private void compareLength(String where, String theirs, String ours, Element t, Element o) {
        if (!ours.equals("-") && !theirs.equals(ours)) {
            mismatch(where, "length: dcmdump " + theirs + " (line " + t.line() + ") vs harness " + ours
                    + " (line " + o.line() + ")");
        }
    }

    private void same(String where, String what, String theirs, String ours, Element t, Element o) {
        if (!theirs.equals(ours)) {
            mismatch(where, what + ": dcmdump \"" + theirs + "\" (line " + t.line() + ") vs harness \"" + ours
                    + "\" (line " + o.line() + ")");
        }
    }

    /** Integers as printed in decimal; with a mask, compares the low bits only (an unsigned pseudo-VR value). */
    private static boolean sameIntegers(String theirs, String ours, long mask) {
        String[] a = theirs.split("\\\\", -1);
        String[] b = ours.split("\\\\", -1);
        if (a.length != b.length) {
            return false;
        }
        try {
            for (int k = 0; k < a.length; k++) {
                BigInteger x = new BigInteger(a[k]);
                BigInteger y = new BigInteger(b[k]);
                if (mask != 0) {
                    x = x.and(BigInteger.valueOf(mask));
                    y = y.and(BigInteger.valueOf(mask));
                }
                if (!x.equals(y)) {
                    return false;
                }
            }
        } catch (NumberFormatException e) {
            return false;
        }
        return true;
    }

    /** dcmdump prints floats with 9 significant digits, enough to give back the same float. */
    private static boolean sameFloats(String theirs, String ours) {
        String[] a = theirs.split("\\\\", -1);
        String[] b = ours.split("\\\\", -1);
        if (a.length != b.length) {
            return false;
        }
        try {
            for (int k = 0; k < a.length; k++) {
                float x = Float.parseFloat(a[k]);
                float y = Float.parseFloat(b[k]);
                // == also equates 0 and -0: dcmdump prints negative zero as "0".
                if (!(x == y || Float.isNaN(x) && Float.isNaN(y))) {
                    return false;
                }
            }
        } catch (NumberFormatException e) {
            return false;
        }
        return true;
    }

    private boolean sameDoubles(String theirs, String ours) {
        String[] a = theirs.split("\\\\", -1);
        String[] b = ours.split("\\\\", -1);
        if (a.length != b.length) {
            return false;
        }
        boolean approximated = false;
        try {
            for (int k = 0; k < a.length; k++) {
                if (Double.parseDouble(a[k]) == Double.parseDouble(b[k])) {
                    continue;
                }
                BigDecimal x = new BigDecimal(a[k]);
                BigDecimal y = new BigDecimal(b[k]);
                BigDecimal scale = x.abs().max(y.abs());
                BigDecimal relative = x.subtract(y).abs().divide(scale, MathContext.DECIMAL64);
                if (relative.compareTo(DOUBLE_TOLERANCE) > 0) {
                    return false;
                }
                approximated = true;
            }
        } catch (NumberFormatException e) {
            return false;
        }
        if (approximated) {
            count(Deviation.DCMTK_DOUBLE_DIGITS);
        }
        return true;
    }

    private static String valueMessage(Element t, Element o) {
        return "value: dcmdump " + t.vr() + " " + t.value() + " (line " + t.line() + ") vs harness " + o.vr() + " "
                + o.value() + " (line " + o.line() + ")";
    }

    private static String describe(Element e) {
        return e.vr() + " " + e.value() + " # " + e.length() + ", " + e.vm() + " (line " + e.line() + ")";
    }

    private void count(Deviation d) {
        deviations.merge(d, 1, Integer::sum);
    }

    private void mismatch(String where, String what) {
        mismatches.add(file + " " + where + ": " + what);
    }
}
