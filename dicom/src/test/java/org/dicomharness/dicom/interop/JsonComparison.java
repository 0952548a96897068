package org.dicomharness.dicom.interop;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.dict.DictionaryEntry;
import org.dicomharness.dicom.dict.ElementDictionary;

/**
 * Compares DCMTK's dcm2json output with our DICOM JSON Model (PS3.18 F.2) semantically: the same attributes in
 * the same (ascending) order, the same "vr", and values equal by meaning. JSON numbers are compared as numbers
 * whatever their notation; for IS, DS, SV and UV a string holding the number equals the number (F.2.3 lets
 * either be used); FL values are equal when they are the same float, FD values within 1e-14 relative (DCMTK's
 * double formatting, see {@link DumpComparison.Deviation#DCMTK_DOUBLE_DIGITS}); InlineBinary is compared as
 * decoded bytes. Where DCMTK departs from F.2, only that departure is accepted and counted.
 */
public final class JsonComparison {

    /** Where DCMTK 3.6.7's dcm2json departs from PS3.18 (2025e) Annex F.2. */
    public enum Deviation {
        /**
         * dcm2json transcodes every value to UTF-8 and replaces Specific Character Set (0008,0005) with
         * "ISO_IR 192"; F.2.2 Note 3 says the attribute reflects the encoding of the source data set and is kept.
         */
        DCMTK_REPLACES_SPECIFIC_CHARACTER_SET,
        /**
         * A multi-valued string whose values are all empty (e.g. a lone backslash) gets no "Value" from dcm2json;
         * F.2.5 keeps each empty value as null (["null", "null"]).
         */
        DCMTK_DROPS_ALL_EMPTY_VALUES,
        /**
         * dcm2json refuses encapsulated Pixel Data ("JSON InlineBinary encoding not supported for compressed
         * pixel data") and exits with an error; the comparison uses its output for a copy of the file without
         * (7FE0,0010) and leaves that attribute out of ours.
         */
        DCMTK_NO_ENCAPSULATED_PIXEL_DATA,
        /**
         * In an Implicit VR file, a "US or SS" element in an item without its own Pixel Representation is left
         * unresolved by DCMTK and written as "US" with the unsigned value (see
         * {@link DumpComparison.Deviation#DCMTK_UNRESOLVED_PSEUDO_VR}); we write "SS" when the enclosing data
         * set's pixels are signed. Accepted when the 16-bit patterns agree.
         */
        DCMTK_UNRESOLVED_PSEUDO_VR,
        /** See {@link DumpComparison.Deviation#DCMTK_DOUBLE_DIGITS}. */
        DCMTK_DOUBLE_DIGITS
    }

    /** The outcome for one file. */
    public record Result(int attributes, List<String> mismatches, Map<Deviation, Integer> deviations) {
    }

    static final String SPECIFIC_CHARACTER_SET = "00080005";
    private static final Set<String> NUMERIC_STRING_VRS = Set.of("IS", "DS", "SV", "UV");
    private static final Set<String> INTEGER_VRS = Set.of("US", "SS", "UL", "SL");

    private final String file;
    private final boolean implicitVr;
    private final List<String> mismatches = new ArrayList<>();
    private final Map<Deviation, Integer> deviations = new TreeMap<>();
    private int attributes;

    private JsonComparison(String file, boolean implicitVr) {
        this.file = file;
        this.implicitVr = implicitVr;
    }

    /**
     * @param implicitVr     whether the file was encoded in Implicit VR (where DCMTK may leave "US or SS" open)
     * @param alreadyCounted deviations the caller accepted before comparing (counted in the result)
     */
    public static Result compare(String file, JsonNode theirs, JsonNode ours, boolean implicitVr,
                          Map<Deviation, Integer> alreadyCounted) {
        JsonComparison c = new JsonComparison(file, implicitVr);
        c.deviations.putAll(alreadyCounted);
        c.compareDataset("", theirs, ours, true);
        return new Result(c.attributes, List.copyOf(c.mismatches), Map.copyOf(c.deviations));
    }

    private void compareDataset(String path, JsonNode theirs, JsonNode ours, boolean topLevel) {
        if (!theirs.isObject() || !ours.isObject()) {
            mismatch(path, "not a JSON object: dcm2json " + theirs.getNodeType() + " vs harness " + ours.getNodeType());
            return;
        }
        List<String> theirNames = names(theirs);
        List<String> ourNames = names(ours);
        if (!theirNames.equals(ourNames)) {
            List<String> onlyTheirs = new ArrayList<>(theirNames);
            onlyTheirs.removeAll(ourNames);
            List<String> onlyOurs = new ArrayList<>(ourNames);
            onlyOurs.removeAll(theirNames);
            mismatch(path, "attributes differ: only dcm2json " + onlyTheirs + ", only harness " + onlyOurs
                    + (onlyTheirs.isEmpty() && onlyOurs.isEmpty() ? ", order dcm2json " + theirNames + " vs harness "
                    + ourNames : ""));
        }
        for (String name : theirNames) {
            if (ours.has(name)) {
                compareAttribute(path + name, name, theirs.get(name), ours.get(name), topLevel);
            }
        }
    }

    private void compareAttribute(String where, String tag, JsonNode t, JsonNode o, boolean topLevel) {
        attributes++;
        String vr = text(o.get("vr"));
        if (implicitVr && text(t.get("vr")).equals("US") && vr.equals("SS") && isUsOrSs(tag)) {
            if (sameShorts(t.path("Value"), o.path("Value"))) {
                count(Deviation.DCMTK_UNRESOLVED_PSEUDO_VR);
            } else {
                mismatch(where, "US-or-SS value: dcm2json " + t + " vs harness " + o);
            }
            return;
        }
        if (!text(t.get("vr")).equals(vr)) {
            mismatch(where, "vr: dcm2json " + t.get("vr") + " vs harness " + o.get("vr"));
            return;
        }
        List<String> theirKeys = names(t);
        List<String> ourKeys = names(o);
        if (topLevel && where.equals(SPECIFIC_CHARACTER_SET) && !t.equals(o)
                && "ISO_IR 192".equals(t.path("Value").path(0).asText(null))) {
            count(Deviation.DCMTK_REPLACES_SPECIFIC_CHARACTER_SET);
            return;
        }
        if (!theirKeys.equals(ourKeys)) {
            if (!t.has("Value") && o.has("Value") && allNull(o.get("Value"))) {
                count(Deviation.DCMTK_DROPS_ALL_EMPTY_VALUES);
                return;
            }
            mismatch(where, "members: dcm2json " + theirKeys + " " + t + " vs harness " + ourKeys + " " + o);
            return;
        }
        if (t.has("InlineBinary")) {
            compareBinary(where, t.get("InlineBinary"), o.get("InlineBinary"));
        }
        if (t.has("Value")) {
            compareValues(where, vr, t.get("Value"), o.get("Value"));
        }
    }

    private void compareValues(String where, String vr, JsonNode t, JsonNode o) {
        if (!t.isArray() || !o.isArray() || t.size() != o.size()) {
            mismatch(where, "Value: dcm2json " + t + " vs harness " + o);
            return;
        }
        for (int k = 0; k < t.size(); k++) {
            JsonNode a = t.get(k);
            JsonNode b = o.get(k);
            String at = where + "[" + (k + 1) + "]";
            if (vr.equals("SQ")) {
                compareDataset(at + "/", a, b, false);
            } else if (a.isNull() || b.isNull()) {
                if (a.isNull() != b.isNull()) {
                    mismatch(at, "dcm2json " + a + " vs harness " + b);
                }
            } else if (!sameValue(vr, a, b)) {
                mismatch(at, vr + " value: dcm2json " + a + " vs harness " + b);
            }
        }
    }

    private boolean sameValue(String vr, JsonNode a, JsonNode b) {
        if (vr.equals("PN")) {
            return a.isObject() && a.equals(b);
        }
        if (NUMERIC_STRING_VRS.contains(vr)) {
            BigDecimal x = number(a);
            BigDecimal y = number(b);
            return x != null && y != null ? x.compareTo(y) == 0 : a.equals(b);
        }
        if (INTEGER_VRS.contains(vr)) {
            return a.isIntegralNumber() && b.isIntegralNumber() && a.bigIntegerValue().equals(b.bigIntegerValue());
        }
        if (vr.equals("FL")) {
            return a.isNumber() && b.isNumber() && (float) a.doubleValue() == (float) b.doubleValue();
        }
        if (vr.equals("FD")) {
            if (!a.isNumber() || !b.isNumber()) {
                return false;
            }
            if (a.doubleValue() == b.doubleValue()) {
                return true;
            }
            BigDecimal x = a.decimalValue();
            BigDecimal y = b.decimalValue();
            BigDecimal relative = x.subtract(y).abs().divide(x.abs().max(y.abs()), MathContext.DECIMAL64);
            if (relative.compareTo(DumpComparison.DOUBLE_TOLERANCE) <= 0) {
                count(Deviation.DCMTK_DOUBLE_DIGITS);
                return true;
            }
            return false;
        }
        return a.isTextual() && b.isTextual() && a.textValue().equals(b.textValue());
    }

    private void compareBinary(String where, JsonNode t, JsonNode o) {
        try {
            byte[] a = Base64.getDecoder().decode(t.textValue());
            byte[] b = o == null || !o.isTextual() ? null : o.binaryValue();
            if (b == null || !java.util.Arrays.equals(a, b)) {
                mismatch(where, "InlineBinary: dcm2json " + a.length + " bytes vs harness "
                        + (b == null ? "none" : b.length + " bytes, first difference at byte " + firstDifference(a, b)));
            }
        } catch (IOException | IllegalArgumentException e) {
            mismatch(where, "InlineBinary is not base64: " + e.getMessage());
        }
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return n;
    }

    private static boolean isUsOrSs(String tag) {
        List<VR> vrs = ElementDictionary.standard().lookup((int) Long.parseLong(tag, 16))
                .map(DictionaryEntry::vrs).orElse(List.of());
        return vrs.contains(VR.US) && vrs.contains(VR.SS);
    }

    private static boolean sameShorts(JsonNode a, JsonNode b) {
        if (!a.isArray() || !b.isArray() || a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).canConvertToInt() || !b.get(k).canConvertToInt()
                    || (a.get(k).intValue() & 0xFFFF) != (b.get(k).intValue() & 0xFFFF)) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal number(JsonNode n) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual()) {
            try {
                String s = n.textValue().strip();
                return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean allNull(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isNull()) {
                return false;
            }
        }
        return array.size() > 0;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String text(JsonNode n) {
        return n == null ? "(none)" : n.asText();
    }

    private void count(Deviation d) {
        deviations.merge(d, 1, Integer::sum);
    }

    private void mismatch(String where, String what) {
        mismatches.add(file + " " + where + ": " + what);
    }
}
