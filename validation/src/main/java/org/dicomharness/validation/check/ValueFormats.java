package org.dicomharness.validation.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.dicomharness.dicom.VR;

/**
 * The value formats of PS3.5 Table 6.2-1 for the VRs whose content has a grammar: AE, AS, CS, DA, DS, DT, IS,
 * PN, TM, UI. Each method takes one value with its insignificant padding removed and returns what is wrong
 * with it, or {@code null} when it conforms.
 */
public final class ValueFormats {

    private static final Pattern AS = Pattern.compile("\\d{3}[DWMY]");
    private static final Pattern CS = Pattern.compile("[A-Z0-9 _]*");
    private static final Pattern DA = Pattern.compile("\\d{8}");
    private static final Pattern DS = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern IS = Pattern.compile("[+-]?\\d+");
    private static final Pattern TM = Pattern.compile("(\\d{2})((\\d{2})((\\d{2})(\\.\\d{1,6})?)?)?");
    private static final Pattern DT = Pattern.compile(
            "(\\d{4})((\\d{2})((\\d{2})((\\d{2})((\\d{2})((\\d{2})(\\.\\d{1,6})?)?)?)?)?)?([+-]\\d{4})?");
    private static final Pattern UI = Pattern.compile("(0|[1-9]\\d*)(\\.(0|[1-9]\\d*))*");

    private ValueFormats() {
    }

    /** The format problem of {@code value} under {@code vr}, or {@code null}. */
    public static String check(VR vr, String value) {
        return switch (vr) {
            case AE -> ae(value);
            case AS -> AS.matcher(value).matches() ? null : "not nnnD, nnnW, nnnM or nnnY";
            case CS -> CS.matcher(value).matches() ? null : "has characters other than A-Z, 0-9, space and underscore";
            case DA -> da(value);
            case DS -> DS.matcher(value).matches() ? null : "not a decimal number";
            case DT -> dt(value);
            case IS -> is(value);
            case PN -> pn(value);
            case TM -> tm(value);
            case UI -> ui(value);
            default -> null;
        };
    }

    static String ae(String value) {
        if (value.isEmpty()) {
            return "consists of spaces only";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '\\') {
                return "has a control character or backslash";
            }
        }
        return null;
    }

    static String da(String value) {
        if (!DA.matcher(value).matches()) {
            return "not YYYYMMDD";
        }
        try {
            LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
                    Integer.parseInt(value.substring(6, 8)));
            return null;
        } catch (DateTimeException e) {
            return "not a calendar date";
        }
    }

    static String tm(String value) {
        var m = TM.matcher(value);
        if (!m.matches()) {
            return "not HH[MM[SS[.FFFFFF]]]";
        }
        if (Integer.parseInt(m.group(1)) > 23) {
            return "hour above 23";
        }
        if (m.group(3) != null && Integer.parseInt(m.group(3)) > 59) {
            return "minute above 59";
        }
        if (m.group(5) != null && Integer.parseInt(m.group(5)) > 60) {
            return "second above 60";
        }
        return null;
    }

    static String dt(String value) {
        var m = DT.matcher(value);
        if (!m.matches()) {
            return "not YYYY[MM[DD[HH[MM[SS[.FFFFFF]]]]]][&ZZXX]";
        }
        if (m.group(3) != null && (Integer.parseInt(m.group(3)) < 1 || Integer.parseInt(m.group(3)) > 12)) {
            return "month outside 01-12";
        }
        if (m.group(5) != null) {
            String date = value.substring(0, 8);
            if (da(date) != null) {
                return "not a calendar date";
            }
        }
        if (m.group(7) != null && Integer.parseInt(m.group(7)) > 23) {
            return "hour above 23";
        }
        if (m.group(9) != null && Integer.parseInt(m.group(9)) > 59) {
            return "minute above 59";
        }
        if (m.group(11) != null && Integer.parseInt(m.group(11)) > 60) {
            return "second above 60";
        }
        String offset = m.group(13);
        if (offset != null) {
            int hours = Integer.parseInt(offset.substring(1, 3));
            int minutes = Integer.parseInt(offset.substring(3, 5));
            if (hours > 14 || minutes > 59) {
                return "UTC offset " + offset + " outside -1200 to +1400";
            }
        }
        return null;
    }

    static String is(String value) {
        if (!IS.matcher(value).matches()) {
            return "not an integer";
        }
        try {
            long v = Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
            return v < -(1L << 31) || v > (1L << 31) - 1 ? "outside -2^31 to 2^31-1" : null;
        } catch (NumberFormatException e) {
            return "outside -2^31 to 2^31-1";
        }
    }

    static String pn(String value) {
        String[] groups = value.split("=", -1);
        if (groups.length > 3) {
            return "more than three component groups";
        }
        for (String group : groups) {
            if (group.length() > 64) {
                return "a component group longer than 64 characters";
            }
            if (group.split("\\^", -1).length > 5) {
                return "more than five components in a group";
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != 0x1B) {
                return "has a control character";
            }
        }
        return null;
    }

    static String ui(String value) {
        if (value.length() > 64) {
            return "longer than 64 characters";
        }
        if (!UI.matcher(value).matches()) {
            return "not dot-separated numbers without leading zeros";
        }
        return null;
    }

    /** Characters that no string value may hold (PS3.5 6.1.3): control characters other than ESC, and the text VRs' CR LF FF TAB. */
    public static String characters(VR vr, String value) {
        boolean text = vr == VR.LT || vr == VR.ST || vr == VR.UT;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != 0x1B && !(text && (c == '\r' || c == '\n' || c == '\f' || c == '\t'))) {
                return String.format("control character 0x%02X", (int) c);
            }
        }
        return null;
    }
}
