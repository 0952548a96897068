package org.dicomharness.dicom.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.VR;

/**
 * Conversions between value bytes (binary numbers little endian, PS3.5 7.3) and Java values, per VR.
 * Every method names the VR it refused when a conversion does not apply.
 */
public final class ValueCodec {

    private ValueCodec() {
    }

    /** Integer values of a binary VR (US, SS, UL, SL, UV, SV, AT, OW, OB, OL, OV). */
    public static long[] toLongs(byte[] bytes, VR vr) {
        int size = switch (vr) {
            case US, SS, OW -> 2;
            case UL, SL, AT, OL -> 4;
            case UV, SV, OV -> 8;
            case OB, UN -> 1;
            default -> throw new DicomDataException("VR " + vr + " does not hold binary integers");
        };
        if (bytes.length % size != 0) {
            throw new DicomDataException("value of VR " + vr + " has " + bytes.length
                    + " bytes, not a multiple of " + size + " (PS3.5 Table 6.2-1)");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long[] out = new long[bytes.length / size];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (vr) {
                case US, OW -> Short.toUnsignedLong(buf.getShort());
                case SS -> buf.getShort();
                case UL, OL -> Integer.toUnsignedLong(buf.getInt());
                case AT -> Integer.toUnsignedLong((Short.toUnsignedInt(buf.getShort()) << 16)
                        | Short.toUnsignedInt(buf.getShort()));
                case SL -> buf.getInt();
                case UV, SV, OV -> buf.getLong();
                default -> Byte.toUnsignedLong(buf.get());
            };
        }
        return out;
    }

    /** Floating point values of FL, FD, OF or OD. */
    public static double[] toDoubles(byte[] bytes, VR vr) {
        int size = switch (vr) {
            case FL, OF -> 4;
            case FD, OD -> 8;
            default -> throw new DicomDataException("VR " + vr + " does not hold binary floating point values");
        };
        if (bytes.length % size != 0) {
            throw new DicomDataException("value of VR " + vr + " has " + bytes.length
                    + " bytes, not a multiple of " + size + " (PS3.5 Table 6.2-1)");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        double[] out = new double[bytes.length / size];
        for (int i = 0; i < out.length; i++) {
            out[i] = size == 4 ? buf.getFloat() : buf.getDouble();
        }
        return out;
    }

    /** Encodes integers in a binary VR, checking each fits the VR's range. */
    public static byte[] fromLongs(VR vr, long... values) {
        int size = switch (vr) {
            case US, SS, OW -> 2;
            case UL, SL, AT, OL -> 4;
            case UV, SV, OV -> 8;
            case OB, UN -> 1;
            default -> throw new DicomDataException("VR " + vr + " does not hold binary integers");
        };
        ByteBuffer buf = ByteBuffer.allocate(values.length * size).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            checkRange(vr, v);
            switch (vr) {
                case US, SS, OW -> buf.putShort((short) v);
                case UL, SL, OL -> buf.putInt((int) v);
                case AT -> buf.putShort((short) (v >>> 16)).putShort((short) v);
                case UV, SV, OV -> buf.putLong(v);
                default -> buf.put((byte) v);
            }
        }
        return buf.array();
    }

    private static void checkRange(VR vr, long v) {
        boolean ok = switch (vr) {
            case US, OW -> v >= 0 && v <= 0xFFFF;
            case SS -> v >= Short.MIN_VALUE && v <= Short.MAX_VALUE;
            case UL, OL, AT -> v >= 0 && v <= 0xFFFFFFFFL;
            case SL -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
            case OB, UN -> v >= 0 && v <= 0xFF;
            default -> true;
        };
        if (!ok) {
            throw new DicomDataException("value " + v + " is out of range for VR " + vr + " (PS3.5 Table 6.2-1)");
        }
    }

    public static byte[] fromDoubles(VR vr, double... values) {
        int size = switch (vr) {
            case FL, OF -> 4;
            case FD, OD -> 8;
            default -> throw new DicomDataException("VR " + vr + " does not hold binary floating point values");
        };
        ByteBuffer buf = ByteBuffer.allocate(values.length * size).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            if (size == 4) {
                buf.putFloat((float) v);
            } else {
                buf.putDouble(v);
            }
        }
        return buf.array();
    }

    /**
     * Splits a decoded string value at the backslash delimiter (PS3.5 6.4), except for the single-valued
     * VRs ST, LT, UT and UR where a backslash is an ordinary character.
     */
    public static List<String> splitValues(String decoded, VR vr) {
        List<String> values = new ArrayList<>();
        if (decoded.isEmpty()) {
            return values;
        }
        if (vr.isSingleValuedString()) {
            values.add(decoded);
            return values;
        }
        int start = 0;
        for (int i = 0; i < decoded.length(); i++) {
            if (decoded.charAt(i) == '\\') {
                values.add(decoded.substring(start, i));
                start = i + 1;
            }
        }
        values.add(decoded.substring(start));
        return values;
    }

    /**
     * Removes the padding and the spaces PS3.5 Table 6.2-1 declares insignificant: trailing NULs of UI,
     * trailing spaces of every string VR, and leading spaces too for AE, CS, DS, IS, SH, LO, AS, DA, TM, DT.
     */
    public static String trim(String value, VR vr) {
        int end = value.length();
        if (vr == VR.UI) {
            while (end > 0 && (value.charAt(end - 1) == 0 || value.charAt(end - 1) == ' ')) {
                end--;
            }
            return value.substring(0, end);
        }
        while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == 0)) {
            end--;
        }
        int start = 0;
        if (leadingSpacesInsignificant(vr)) {
            while (start < end && value.charAt(start) == ' ') {
                start++;
            }
        }
        return value.substring(start, end);
    }

    private static boolean leadingSpacesInsignificant(VR vr) {
        return switch (vr) {
            case AE, CS, DS, IS, SH, LO, AS, DA, TM, DT -> true;
            default -> false;
        };
    }

    /** Pads {@code bytes} to even length with the VR's padding byte (PS3.5 7.1.1). */
    public static byte[] padToEven(byte[] bytes, VR vr) {
        if ((bytes.length & 1) == 0) {
            return bytes;
        }
        byte[] out = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        out[bytes.length] = (byte) vr.paddingByte();
        return out;
    }
}
