package org.dicomharness.pacs.query;

import java.math.BigDecimal;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.data.Sequence;

/**
 * Decides whether an entity's attributes match a key (PS3.4 C.2.2.2). An entity whose attribute is absent or
 * empty matches only Universal Matching; a multi-valued attribute matches when any of its values does. Shared by
 * the Query/Retrieve and the Modality Worklist SCPs.
 */
public final class KeyMatcher {

    private KeyMatcher() {
    }

    public static boolean matches(KeyCondition condition, Dataset entity) {
        MatchingKey key = condition.key();
        if (key instanceof MatchingKey.Universal) {
            return true;
        }
        if (key instanceof MatchingKey.SequenceMatch seqMatch) {
            // C.2.2.2.3 applied to each item key: an item of zero-length keys only asks for values to be returned,
            // so it matches an entity that lacks the sequence too.
            if (seqMatch.itemKeys().stream().allMatch(KeyCondition::isUniversal)) {
                return true;
            }
            Sequence seq;
            try {
                seq = entity.getSequence(condition.tag());
            } catch (DicomDataException e) {
                return false;
            }
            if (seq == null) {
                return false;
            }
            for (Dataset item : seq) {
                if (seqMatch.itemKeys().stream().allMatch(k -> matches(k, item))) {
                    return true;
                }
            }
            return false;
        }
        String[] values;
        try {
            values = entity.getStrings(condition.tag());
        } catch (DicomDataException e) {
            return false;
        }
        for (String value : values) {
            if (!value.isEmpty() && matchesValue(key, condition.vr(), value)) {
                return true;
            }
        }
        return false;
    }

    static boolean matchesValue(MatchingKey key, VR vr, String value) {
        if (key instanceof MatchingKey.SingleValue single) {
            if (vr == VR.DS || vr == VR.IS) {
                return numericEquals(single.value(), value);
            }
            if (single.ignoreCase()) {
                return PersonNames.normalise(value).equalsIgnoreCase(single.value());
            }
            return value.equals(single.value());
        }
        if (key instanceof MatchingKey.UidList list) {
            return list.uids().contains(value);
        }
        if (key instanceof MatchingKey.Wildcard wildcard) {
            String v = vr == VR.PN ? PersonNames.normalise(value) : value;
            return wildcard.pattern().matcher(v).matches();
        }
        if (key instanceof MatchingKey.Range range) {
            String v = TemporalValues.entityValue(value, vr);
            if (v == null) {
                return false;
            }
            return (range.low() == null || v.compareTo(range.low()) >= 0)
                    && (range.high() == null || v.compareTo(range.high()) <= 0);
        }
        return key instanceof MatchingKey.Universal;
    }

    private static boolean numericEquals(String a, String b) {
        try {
            return new BigDecimal(a.startsWith("+") ? a.substring(1) : a)
                    .compareTo(new BigDecimal(b.startsWith("+") ? b.substring(1) : b)) == 0;
        } catch (NumberFormatException e) {
            return a.equals(b);
        }
    }
}
