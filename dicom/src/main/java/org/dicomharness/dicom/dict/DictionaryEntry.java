package org.dicomharness.dicom.dict;

import java.util.List;
import org.dicomharness.dicom.VR;

/**
 * One row of the PS3.6 data dictionary.
 *
 * @param tag     the tag, with repeating digits set to zero for repeating-group entries
 * @param mask    bits of {@code tag} that must match (all ones except for the "x" digits)
 * @param vrs     the allowed VRs; several for "US or SS", "OB or OW"; empty for item delimiters
 * @param vm      value multiplicity as PS3.6 writes it ("1", "1-n", "2-2n", ...)
 * @param retired whether PS3.6 lists the element as retired
 * @param keyword the PS3.6 keyword, empty for retired elements without one
 * @param name    the PS3.6 name
 */
public record DictionaryEntry(int tag, int mask, List<VR> vrs, String vm, boolean retired, String keyword,
                              String name) {

    public DictionaryEntry {
        vrs = List.copyOf(vrs);
    }

    /** The first VR PS3.6 lists, or UN for the delimiters. */
    public VR vr() {
        return vrs.isEmpty() ? VR.UN : vrs.get(0);
    }

    public boolean matches(int candidate) {
        return (candidate & mask) == tag;
    }

    public boolean isRepeatingGroup() {
        return mask != 0xFFFFFFFF;
    }
}
