package org.dicomharness.dicom.data;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formats doubles as Decimal Strings that fit the 16-byte limit of DS (PS3.5 Table 6.2-1). */
public final class DecimalStrings {

    private static final int MAX_LENGTH = 16;

    private DecimalStrings() {
    }

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new DicomDataException("DS cannot hold " + value + " (PS3.5 Table 6.2-1)");
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        for (int precision = 16; precision > 0; precision--) {
            String s = new BigDecimal(value).round(new MathContext(precision)).stripTrailingZeros().toString();
            if (s.length() <= MAX_LENGTH) {
                return s;
            }
        }
        throw new DicomDataException("cannot format " + value + " within 16 characters of DS");
    }
}
