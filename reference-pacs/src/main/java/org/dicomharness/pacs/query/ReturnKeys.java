package org.dicomharness.pacs.query;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;

/**
 * Builds the response identifier of a C-FIND: every key of the request, with the entity's value or zero length
 * when the entity has none (PS3.4 C.2.2.1.2). A sequence key with item keys returns only the items that match
 * them, holding only the requested item attributes, recursively (C.2.2.2.6).
 */
public final class ReturnKeys {

    private ReturnKeys() {
    }

    /** Copies the value of {@code key} from {@code source} (encoded in the same character set) into {@code response}. */
    public static void copy(KeyCondition key, Dataset source, Dataset response) {
        int tag = key.tag();
        DataElement stored = source.get(tag);
        if (stored == null || stored.isEmpty() && !(stored.value() instanceof Sequence)) {
            if (key.vr() == VR.SQ) {
                response.newSequence(tag);
            } else {
                response.put(tag, key.vr(), ByteValue.EMPTY);
            }
            return;
        }
        if (key.key() instanceof MatchingKey.SequenceMatch match && stored.value() instanceof Sequence seq) {
            Sequence out = response.newSequence(tag);
            for (Dataset item : seq) {
                if (match.itemKeys().stream().allMatch(k -> KeyMatcher.matches(k, item))) {
                    Dataset copy = out.addItem();
                    for (KeyCondition itemKey : match.itemKeys()) {
                        copy(itemKey, item, copy);
                    }
                }
            }
            return;
        }
        response.addAll(source, e -> e.tag() == tag);
    }
}
