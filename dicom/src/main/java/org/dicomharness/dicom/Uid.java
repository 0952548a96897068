package org.dicomharness.dicom;

import java.math.BigInteger;
import java.util.Optional;
import java.util.UUID;

/** Unique identifiers as PS3.5 Section 9 defines them. */
public final class Uid {

    /** PS3.5 9.1: at most 64 characters. */
    public static final int MAX_LENGTH = 64;

    private Uid() {
    }

    /** Whether {@code uid} follows PS3.5 9.1. */
    public static boolean isValid(String uid) {
        return problem(uid).isEmpty();
    }

    /**
     * What is wrong with {@code uid} per PS3.5 9.1 (digits and dots only, components without leading zeros,
     * no empty component, at most 64 characters), or empty when it is a valid UID.
     */
    public static Optional<String> problem(String uid) {
        if (uid == null || uid.isEmpty()) {
            return Optional.of("UID is empty");
        }
        if (uid.length() > MAX_LENGTH) {
            return Optional.of("UID has " + uid.length() + " characters, more than 64 (PS3.5 9.1)");
        }
        int componentStart = 0;
        for (int i = 0; i <= uid.length(); i++) {
            if (i == uid.length() || uid.charAt(i) == '.') {
                int length = i - componentStart;
                if (length == 0) {
                    return Optional.of("UID '" + printable(uid) + "' has an empty component (PS3.5 9.1)");
                }
                if (length > 1 && uid.charAt(componentStart) == '0') {
                    return Optional.of("UID '" + printable(uid) + "' has a component with a leading zero (PS3.5 9.1)");
                }
                componentStart = i + 1;
                continue;
            }
            char c = uid.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of("UID '" + printable(uid) + "' contains '" + printable(String.valueOf(c))
                        + "'; only digits and '.' are allowed (PS3.5 9.1)");
            }
        }
        return Optional.empty();
    }

    /** A new UID derived from a random UUID under the 2.25 root (PS3.5 B.2). */
    public static String random() {
        return fromUuid(UUID.randomUUID());
    }

    /** The 2.25 UID of a UUID (PS3.5 B.2, ISO/IEC 9834-8). */
    public static String fromUuid(UUID uuid) {
        BigInteger value = new BigInteger(1, toBytes(uuid));
        return "2.25." + value;
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] b = new byte[16];
        long hi = uuid.getMostSignificantBits();
        long lo = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (hi >>> (56 - 8 * i));
            b[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return b;
    }

    /** Control characters and non-ASCII are escaped so that a hostile value cannot forge log lines. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && i < 80; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
