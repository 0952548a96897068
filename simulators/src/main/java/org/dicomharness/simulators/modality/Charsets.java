package org.dicomharness.simulators.modality;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** Which Specific Character Set (0008,0005) a data set built here needs. */
final class Charsets {

    /** UTF-8 (PS3.3 C.12.1.1.2, Defined Term ISO_IR 192). */
    static final String UTF8 = "ISO_IR 192";

    private Charsets() {
    }

    /** Whether any value needs more than the default repertoire (ISO 646 G0, PS3.5 6.1.2.1). */
    static boolean needsUtf8(String... values) {
        for (String v : values) {
            if (v != null && !v.chars().allMatch(c -> c < 0x80)) {
                return true;
            }
        }
        return false;
    }

    /** Declares UTF-8 on {@code ds} when a value needs it; do this before setting the values. */
    static void declare(Dataset ds, String... values) {
        if (needsUtf8(values)) {
            ds.setString(Tags.SpecificCharacterSet, VR.CS, UTF8);
        }
    }
}
