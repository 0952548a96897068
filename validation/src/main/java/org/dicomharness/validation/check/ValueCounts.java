package org.dicomharness.validation.check;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;

/** Counts the values of an element the way PS3.5 6.4 defines value multiplicity. */
final class ValueCounts {

    private ValueCounts() {
    }

    /** The number of values, or -1 when it is not defined (bulk data, OB/OW, sequences). */
    static int count(DataElement e) {
        if (!(e.value() instanceof ByteValue bv) || bv.isEmpty()) {
            return e.isEmpty() ? 0 : -1;
        }
        VR vr = e.vr();
        if (vr.isString()) {
            if (vr.isSingleValuedString()) {
                return 1;
            }
            byte[] b = bv.unsafeBytes();
            int n = 1;
            for (byte x : b) {
                if (x == '\\') {
                    n++;
                }
            }
            return n;
        }
        if (vr.kind() == VR.Kind.BINARY_NUMBER) {
            return (int) (bv.length() / vr.bytesPerValue());
        }
        if (vr == VR.OF || vr == VR.OD || vr == VR.OL || vr == VR.OV) {
            return 1;
        }
        return -1;
    }
}
