package org.dicomharness.dicom;

/** Helpers for data element tags held as {@code int} (group in the high 16 bits, element in the low 16). */
public final class Tag {

    /** PS3.5 7.5: item, item delimitation and sequence delimitation tags. */
    public static final int ITEM = 0xFFFEE000;
    public static final int ITEM_DELIMITATION = 0xFFFEE00D;
    public static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

    private Tag() {
    }

    public static int of(int group, int element) {
        return (group << 16) | (element & 0xFFFF);
    }

    public static int group(int tag) {
        return tag >>> 16;
    }

    public static int element(int tag) {
        return tag & 0xFFFF;
    }

    /** PS3.5 7.8: odd groups other than 0001, 0003, 0005, 0007 and FFFF hold private data elements. */
    public static boolean isPrivate(int tag) {
        int group = group(tag);
        return (group & 1) == 1 && group > 0x0007 && group != 0xFFFF;
    }

    /** PS3.5 7.8.1: (gggg,0010-00FF) in a private group reserve a block of elements. */
    public static boolean isPrivateCreator(int tag) {
        int element = element(tag);
        return isPrivate(tag) && element >= 0x0010 && element <= 0x00FF;
    }

    /** The private creator element that reserves the block {@code tag} belongs to, e.g. (0029,1010) → (0029,0010). */
    public static int privateCreatorOf(int tag) {
        int element = element(tag);
        if (!isPrivate(tag) || element < 0x1000) {
            throw new IllegalArgumentException(format(tag) + " is not a private data element inside a reserved block");
        }
        return of(group(tag), element >>> 8);
    }

    /** PS3.5 7.2: group length elements (gggg,0000). */
    public static boolean isGroupLength(int tag) {
        return element(tag) == 0;
    }

    /** Item, item delimitation or sequence delimitation: the group FFFE elements that carry no VR. */
    public static boolean isDelimiter(int tag) {
        return tag == ITEM || tag == ITEM_DELIMITATION || tag == SEQUENCE_DELIMITATION;
    }

    /** {@code (GGGG,EEEE)} in upper-case hexadecimal, as PS3.5 and most tools print tags. */
    public static String format(int tag) {
        char[] out = {'(', 0, 0, 0, 0, ',', 0, 0, 0, 0, ')'};
        for (int i = 0; i < 4; i++) {
            out[1 + i] = HEX[(tag >>> (28 - 4 * i)) & 0xF];
            out[6 + i] = HEX[(tag >>> (12 - 4 * i)) & 0xF];
        }
        return new String(out);
    }

    /** Parses {@code (gggg,eeee)}, {@code gggg,eeee} or {@code ggggeeee} in hexadecimal. */
    public static int parse(String text) {
        String hex = text.strip();
        if (hex.startsWith("(") && hex.endsWith(")")) {
            hex = hex.substring(1, hex.length() - 1);
        }
        hex = hex.replace(",", "");
        if (hex.length() != 8) {
            throw new IllegalArgumentException("not a tag: '" + text + "' (expected (gggg,eeee) or ggggeeee in hex)");
        }
        try {
            return (int) Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a tag: '" + text + "' (expected (gggg,eeee) or ggggeeee in hex)", e);
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
