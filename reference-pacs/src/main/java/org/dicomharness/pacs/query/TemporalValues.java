package org.dicomharness.pacs.query;

import org.dicomharness.dicom.VR;

/**
 * Normalises DA, TM and DT values so that Range Matching (PS3.4 C.2.2.2.5) can compare them as strings: a
 * lower bound is completed with the earliest value of its precision, an upper bound with the latest, and
 * entity values with zeros (TM "0830" is 08:30:00.000000).
 */
final class TemporalValues {

    private static final String TM_MIN = "000000.000000";
    private static final String TM_MAX = "235959.999999";
    private static final String DT_MIN = "00000101000000.000000";
    private static final String DT_MAX = "99991231235959.999999";

    private TemporalValues() {
    }

    static String lowerBound(String value, VR vr) {
        return complete(check(value, vr), vr, false);
    }

    static String upperBound(String value, VR vr) {
        return complete(check(value, vr), vr, true);
    }

    /** An entity's stored value in comparable form, or {@code null} when it is not a valid DA/TM/DT. */
    static String entityValue(String value, VR vr) {
        try {
            return complete(check(value, vr), vr, false);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String check(String value, VR vr) {
        String v = value.strip();
        if (vr == VR.DT) {
            int tz = Math.max(v.indexOf('+'), v.indexOf('-'));
            if (tz > 0) {
                v = v.substring(0, tz);
            }
        }
        boolean ok = switch (vr) {
            case DA -> v.matches("\\d{8}");
            case TM -> v.matches("\\d{2}(\\d{2}(\\d{2}(\\.\\d{1,6})?)?)?");
            case DT -> v.matches("\\d{4}(\\d{2}(\\d{2}(\\d{2}(\\d{2}(\\d{2}(\\.\\d{1,6})?)?)?)?)?)?");
            default -> false;
        };
        if (!ok) {
            throw new IllegalArgumentException("'" + value + "' is not a " + vr + " value (PS3.5 Table 6.2-1)");
        }
        return v;
    }

    private static String complete(String v, VR vr, boolean upper) {
        return switch (vr) {
            case DA -> v;
            case TM -> pad(v, upper ? TM_MAX : TM_MIN);
            case DT -> pad(v, upper ? DT_MAX : DT_MIN);
            default -> throw new IllegalArgumentException(vr + " is not a temporal VR");
        };
    }

    private static String pad(String v, String template) {
        return v.length() >= template.length() ? v.substring(0, template.length())
                : v + template.substring(v.length());
    }
}
