package org.dicomharness.validation.sr;

import java.util.List;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;

/** Reads the parts of SR content items (PS3.3 C.17.3) the template checks need. */
final class ContentItems {

    private ContentItems() {
    }

    static List<Dataset> children(Dataset item) {
        Sequence seq = sequence(item, Tags.ContentSequence);
        return seq == null ? List.of() : seq.items();
    }

    static String valueType(Dataset item) {
        return string(item, Tags.ValueType);
    }

    static String relationship(Dataset item) {
        return string(item, Tags.RelationshipType);
    }

    static Code conceptName(Dataset item) {
        return firstCode(item, Tags.ConceptNameCodeSequence);
    }

    static Code conceptCode(Dataset item) {
        return firstCode(item, Tags.ConceptCodeSequence);
    }

    /** The units of a NUM content item: Measured Value Sequence > Measurement Units Code Sequence. */
    static Code units(Dataset item) {
        Sequence measured = sequence(item, Tags.MeasuredValueSequence);
        if (measured == null || measured.size() == 0) {
            return null;
        }
        return firstCode(measured.get(0), Tags.MeasurementUnitsCodeSequence);
    }

    static Code firstCode(Dataset item, int sequenceTag) {
        Sequence seq = sequence(item, sequenceTag);
        if (seq == null || seq.size() == 0) {
            return null;
        }
        Dataset code = seq.get(0);
        String value = string(code, Tags.CodeValue);
        if (value.isEmpty()) {
            value = string(code, Tags.LongCodeValue);
        }
        if (value.isEmpty()) {
            value = string(code, Tags.URNCodeValue);
        }
        return new Code(value, string(code, Tags.CodingSchemeDesignator), string(code, Tags.CodeMeaning));
    }

    private static Sequence sequence(Dataset item, int tag) {
        DataElement e = item.get(tag);
        return e != null && e.value() instanceof Sequence s ? s : null;
    }

    static String string(Dataset item, int tag) {
        try {
            String s = item.getString(tag);
            return s == null ? "" : s;
        } catch (DicomDataException e) {
            return "";
        }
    }
}
