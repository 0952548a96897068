package org.dicomharness.pacs.query;

import java.util.Map;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;

/** Builds C-FIND identifiers from {@code Keyword=value} pairs; {@code Seq.Keyword} puts a key in a one-item sequence. */
public final class Identifiers {

    private Identifiers() {
    }

    public static Dataset of(QueryLevel level, Map<String, String> keys) {
        ElementDictionary dict = ElementDictionary.standard();
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        ds.setString(Tags.QueryRetrieveLevel, VR.CS, level.name());
        keys.forEach((keyword, value) -> {
            int dot = keyword.indexOf('.');
            if (dot > 0) {
                Dataset item = ds.newSequence(dict.tagOf(keyword.substring(0, dot))).addItem();
                int tag = dict.tagOf(keyword.substring(dot + 1));
                item.setString(tag, dict.vrOf(tag), value);
            } else {
                int tag = dict.tagOf(keyword);
                ds.setString(tag, dict.vrOf(tag), value);
            }
        });
        return ds;
    }
}
