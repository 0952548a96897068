package org.dicomharness.pacs.index;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;

/**
 * Re-encodes data sets in UTF-8 (ISO_IR 192), so that attributes from sources with different Specific Character
 * Sets (an object's patient header, an HL7 order) can be combined into one data set without mis-decoding.
 */
public final class Utf8Datasets {

    public static final String ISO_IR_192 = "ISO_IR 192";

    private Utf8Datasets() {
    }

    /** A copy of {@code source} whose text values are encoded in UTF-8, with Specific Character Set ISO_IR 192. */
    public static Dataset toUtf8(Dataset source) {
        Dataset out = new Dataset();
        out.setString(Tags.SpecificCharacterSet, VR.CS, ISO_IR_192);
        copyInto(source, out);
        return out;
    }

    /** Copies every element of {@code source} into {@code target} (already UTF-8), decoding text values. */
    public static void copyInto(Dataset source, Dataset target) {
        for (DataElement e : source) {
            if (e.tag() != Tags.SpecificCharacterSet) {
                copyElement(source, e.tag(), target);
            }
        }
    }

    /** Copies one element of {@code source} into {@code target} (already UTF-8), decoding a text value. */
    public static void copyElement(Dataset source, int tag, Dataset target) {
        DataElement e = source.get(tag);
        if (e == null) {
            return;
        }
        if (e.value() instanceof Sequence seq) {
            Sequence copy = target.newSequence(tag, e.vr());
            for (Dataset item : seq) {
                Dataset itemCopy = copy.addItem();
                copyInto(item, itemCopy);
            }
        } else if (e.vr().kind() == VR.Kind.TEXT && !e.isEmpty()) {
            try {
                target.setString(tag, e.vr(), source.getStrings(tag));
            } catch (DicomDataException ex) {
                target.put(tag, e.vr(), ByteValue.EMPTY);
            }
        } else {
            target.addAll(source, x -> x.tag() == tag);
        }
    }
}
