package org.dicomharness.dicom;

/**
 * The 34 value representations of PS3.5 Table 6.2-1.
 *
 * <p>Besides the two-letter code, each VR knows how it is encoded: whether its explicit-VR header uses
 * the 12-byte form with a 32-bit length (PS3.5 7.1.2), its padding byte, the size of one binary value
 * (for byte swapping and value multiplicity), and the maximum length of one value.
 */
public enum VR {
    AE(Kind.STRING, false, ' ', 0, 16),
    AS(Kind.STRING, false, ' ', 0, 4),
    AT(Kind.BINARY_NUMBER, false, 0, 4, 4),
    CS(Kind.STRING, false, ' ', 0, 16),
    DA(Kind.STRING, false, ' ', 0, 8),
    DS(Kind.STRING, false, ' ', 0, 16),
    DT(Kind.STRING, false, ' ', 0, 26),
    FD(Kind.BINARY_NUMBER, false, 0, 8, 8),
    FL(Kind.BINARY_NUMBER, false, 0, 4, 4),
    IS(Kind.STRING, false, ' ', 0, 12),
    LO(Kind.TEXT, false, ' ', 0, 64),
    LT(Kind.TEXT, false, ' ', 0, 10240),
    OB(Kind.BULK, true, 0, 1, -1),
    OD(Kind.BULK, true, 0, 8, -1),
    OF(Kind.BULK, true, 0, 4, -1),
    OL(Kind.BULK, true, 0, 4, -1),
    OV(Kind.BULK, true, 0, 8, -1),
    OW(Kind.BULK, true, 0, 2, -1),
    PN(Kind.TEXT, false, ' ', 0, 64),
    SH(Kind.TEXT, false, ' ', 0, 16),
    SL(Kind.BINARY_NUMBER, false, 0, 4, 4),
    SQ(Kind.SEQUENCE, true, 0, 0, -1),
    SS(Kind.BINARY_NUMBER, false, 0, 2, 2),
    ST(Kind.TEXT, false, ' ', 0, 1024),
    SV(Kind.BINARY_NUMBER, true, 0, 8, 8),
    TM(Kind.STRING, false, ' ', 0, 14),
    UC(Kind.TEXT, true, ' ', 0, -1),
    UI(Kind.STRING, false, 0, 0, 64),
    UL(Kind.BINARY_NUMBER, false, 0, 4, 4),
    UN(Kind.BULK, true, 0, 1, -1),
    UR(Kind.STRING, true, ' ', 0, -1),
    US(Kind.BINARY_NUMBER, false, 0, 2, 2),
    UT(Kind.TEXT, true, ' ', 0, -1),
    UV(Kind.BINARY_NUMBER, true, 0, 8, 8);

    /** How the value field is interpreted. */
    public enum Kind {
        /** Character string in the default repertoire (PS3.5 6.1.2.2 does not apply extensions to these). */
        STRING,
        /** Character string whose repertoire is governed by Specific Character Set. */
        TEXT,
        /** Fixed-size binary numbers (or AT tag pairs). */
        BINARY_NUMBER,
        /** Other-type byte or word strings, and UN. */
        BULK,
        /** A sequence of items. */
        SEQUENCE
    }

    private final Kind kind;
    private final boolean longHeader;
    private final int paddingByte;
    private final int bytesPerValue;
    private final int maxLength;
    private final int code;

    VR(Kind kind, boolean longHeader, int paddingByte, int bytesPerValue, int maxLength) {
        this.kind = kind;
        this.longHeader = longHeader;
        this.paddingByte = paddingByte;
        this.bytesPerValue = bytesPerValue;
        this.maxLength = maxLength;
        this.code = (name().charAt(0) << 8) | name().charAt(1);
    }

    public Kind kind() {
        return kind;
    }

    /** PS3.5 Table 7.1-1: the explicit-VR header has 2 reserved bytes and a 32-bit length. */
    public boolean hasLongExplicitHeader() {
        return longHeader;
    }

    /** PS3.5 6.2: space for character strings, NUL for UI and binary values. */
    public int paddingByte() {
        return paddingByte;
    }

    /** Size of one value for fixed-size binary VRs (AT counts as 4), the word size for OW/OF/OL/OD/OV; 0 otherwise. */
    public int bytesPerValue() {
        return bytesPerValue;
    }

    /**
     * The size of the words that are byte-swapped between little and big endian (PS3.5 7.3): the value size, except
     * for AT, whose group and element numbers are two 16-bit words swapped separately (PS3.5 Table 6.2-1).
     */
    public int swapWordSize() {
        return this == AT ? 2 : bytesPerValue;
    }

    /** Whether values must be byte-swapped between little and big endian (PS3.5 7.3). */
    public boolean swapsBytes() {
        return bytesPerValue > 1;
    }

    /**
     * The size of the units whose bytes are reversed between little and big endian (PS3.5 7.3): the value size,
     * except for AT, whose value is an ordered pair of 16-bit unsigned integers, each swapped on its own
     * (PS3.5 Table 6.2-1).
     */
    public int swapUnit() {
        return this == AT ? 2 : bytesPerValue;
    }

    /** Maximum length in bytes (characters for strings) of one value per PS3.5 Table 6.2-1, or -1 when bounded only by 2^32-2. */
    public int maxLength() {
        return maxLength;
    }

    public boolean isString() {
        return kind == Kind.STRING || kind == Kind.TEXT;
    }

    /** ST, LT, UT and UR hold one value; the backslash is not a delimiter there (PS3.5 6.2). */
    public boolean isSingleValuedString() {
        return this == ST || this == LT || this == UT || this == UR;
    }

    /** The two bytes of the VR code as they appear in an explicit-VR element header. */
    public int code() {
        return code;
    }

    /** The VR with the given two-character code, or {@code null} when the code is not one of PS3.5 Table 6.2-1. */
    public static VR ofCode(int code) {
        int first = (code >>> 8) & 0xFF;
        int second = code & 0xFF;
        if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
            return null;
        }
        return BY_CODE[(first - 'A') * 26 + (second - 'A')];
    }

    private static final VR[] BY_CODE = new VR[26 * 26];

    static {
        for (VR vr : values()) {
            BY_CODE[(vr.name().charAt(0) - 'A') * 26 + (vr.name().charAt(1) - 'A')] = vr;
        }
    }
}
