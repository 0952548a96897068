package org.dicomharness.dicom.charset;

import org.dicomharness.dicom.VR;

/**
 * Which characters of a value are delimiters before which the initial character set of value 1 of Specific
 * Character Set must be active again (PS3.5 6.1.2.5.3), and after which a decoder starts from it again.
 *
 * <p>Control characters other than ESC (CR, LF, FF, TAB...) are delimiters for every VR. The value delimiter 05/12
 * is one only where the VR holds several values (not ST, LT, UT); the component and group delimiters "^" and "="
 * only in PN. 05/12 is a delimiter even where G0 holds JIS X 0201 romaji, in which it is otherwise the YEN SIGN
 * (PS3.5 H.1.1, note 3).
 */
public enum ValueDelimiters {
    /** ST, LT, UT: one value, only control characters delimit. */
    TEXT(false, false),
    /** SH, LO, UC: the backslash separates values. */
    VALUES(true, false),
    /** PN: the backslash, and "^" and "=" between components and component groups. */
    PERSON_NAME(true, true);

    private final boolean valueDelimiter;
    private final boolean nameDelimiters;

    ValueDelimiters(boolean valueDelimiter, boolean nameDelimiters) {
        this.valueDelimiter = valueDelimiter;
        this.nameDelimiters = nameDelimiters;
    }

    /** The rules for a VR whose repertoire Specific Character Set governs. */
    public static ValueDelimiters of(VR vr) {
        if (vr == VR.PN) {
            return PERSON_NAME;
        }
        return vr.isSingleValuedString() ? TEXT : VALUES;
    }

    /** Whether the graphic byte {@code b} of a single-byte G0 set is a delimiter here. */
    public boolean isDelimiterByte(int b) {
        return valueDelimiter && b == '\\' || nameDelimiters && (b == '^' || b == '=');
    }

    /** Whether the character {@code c} is a delimiter here (control characters other than ESC included). */
    public boolean isDelimiter(int c) {
        return c < 0x20 && c != 0x1B || c < 0x80 && isDelimiterByte(c);
    }
}
