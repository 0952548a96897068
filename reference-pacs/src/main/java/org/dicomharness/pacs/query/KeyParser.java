package org.dicomharness.pacs.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.index.EntityLevels;

/** Turns the key attributes of a C-FIND identifier into {@link KeyCondition}s (PS3.4 C.2.2.2). */
public final class KeyParser {

    private final EntityLevels levels = EntityLevels.standard();

    /**
     * The key attributes of {@code identifier} at {@code level} and above; keys of lower levels are dropped, as
     * PS3.4 C.4.1.1.3.1 does not allow them. In the Study Root model Patient attributes are study-level keys.
     *
     * @throws QueryException A900 when a key cannot be matched as PS3.4 C.2.2.2 defines
     */
    public List<KeyCondition> parse(Dataset identifier, InformationModel model, QueryLevel level) {
        List<KeyCondition> out = new ArrayList<>();
        for (DataElement e : identifier) {
            int tag = e.tag();
            if (tag == Tags.QueryRetrieveLevel || tag == Tags.SpecificCharacterSet || Tag.isGroupLength(tag)
                    || Tag.group(tag) == 0x0002) {
                continue;
            }
            QueryLevel keyLevel = levelOf(tag, level);
            // C.6.2.1.2: in Study Root the Patient attributes are keys of the STUDY level.
            QueryLevel effective = model == InformationModel.STUDY_ROOT && keyLevel == QueryLevel.PATIENT
                    ? QueryLevel.STUDY : keyLevel;
            if (level.isAbove(effective)) {
                continue;
            }
            out.add(new KeyCondition(tag, e.vr(), keyLevel, matchingKey(identifier, e)));
        }
        return out;
    }

    /**
     * Every key attribute of {@code identifier}, for information models without levels such as the Modality
     * Worklist (PS3.4 K.6.1); the conditions carry no level.
     *
     * @throws QueryException A900 when a key cannot be matched as PS3.4 C.2.2.2 defines
     */
    public List<KeyCondition> parseAll(Dataset identifier) {
        List<KeyCondition> out = new ArrayList<>();
        for (DataElement e : identifier) {
            int tag = e.tag();
            if (tag == Tags.QueryRetrieveLevel || tag == Tags.SpecificCharacterSet || Tag.isGroupLength(tag)
                    || Tag.group(tag) == 0x0002) {
                continue;
            }
            out.add(new KeyCondition(tag, e.vr(), null, matchingKey(identifier, e)));
        }
        return out;
    }

    /** Computed and service attributes (C.6.1.1.x) sit at fixed levels; the rest follows PS3.3's IEs. */
    QueryLevel levelOf(int tag, QueryLevel queryLevel) {
        if (tag == Tags.NumberOfPatientRelatedStudies || tag == Tags.NumberOfPatientRelatedSeries
                || tag == Tags.NumberOfPatientRelatedInstances) {
            return QueryLevel.PATIENT;
        }
        if (tag == Tags.NumberOfStudyRelatedSeries || tag == Tags.NumberOfStudyRelatedInstances
                || tag == Tags.ModalitiesInStudy || tag == Tags.SOPClassesInStudy) {
            return QueryLevel.STUDY;
        }
        if (tag == Tags.NumberOfSeriesRelatedInstances) {
            return QueryLevel.SERIES;
        }
        if (tag == Tags.RetrieveAETitle || tag == Tags.InstanceAvailability) {
            return queryLevel;
        }
        return levels.levelOf(tag);
    }

    private MatchingKey matchingKey(Dataset identifier, DataElement e) {
        int tag = e.tag();
        VR vr = e.vr();
        if (e.value() instanceof Sequence seq) {
            return sequenceKey(tag, seq);
        }
        if (e.isEmpty()) {
            return new MatchingKey.Universal();
        }
        String[] values;
        try {
            values = identifier.getStrings(tag);
        } catch (DicomDataException ex) {
            throw new QueryException(0xA900, "key " + Dataset.describe(tag) + " cannot be read: " + ex.getMessage());
        }
        if (values.length == 0 || values.length == 1 && values[0].isEmpty()) {
            return new MatchingKey.Universal();
        }
        if (vr == VR.UI) {
            if (values.length > 1) {
                Set<String> uids = new LinkedHashSet<>(List.of(values));
                return new MatchingKey.UidList(uids);
            }
            return new MatchingKey.SingleValue(values[0], false);
        }
        if (values.length > 1) {
            throw new QueryException(0xA900, "key " + Dataset.describe(tag) + " has " + values.length
                    + " values; only UI keys take a list (List of UID Matching, PS3.4 C.2.2.2.2)");
        }
        String value = values[0];
        if ((vr == VR.DA || vr == VR.TM || vr == VR.DT) && value.contains("-")) {
            return range(tag, vr, value);
        }
        if (allowsWildcards(vr) && (value.indexOf('*') >= 0 || value.indexOf('?') >= 0)) {
            if (value.chars().allMatch(c -> c == '*')) {
                return new MatchingKey.Universal();
            }
            return new MatchingKey.Wildcard(value, wildcardPattern(value, vr == VR.PN));
        }
        return new MatchingKey.SingleValue(vr == VR.PN ? PersonNames.normalise(value) : value, vr == VR.PN);
    }

    private MatchingKey sequenceKey(int tag, Sequence seq) {
        if (seq.size() > 1) {
            throw new QueryException(0xA900, "sequence key " + Dataset.describe(tag) + " has " + seq.size()
                    + " items; Sequence Matching takes exactly one (PS3.4 C.2.2.2.6)");
        }
        if (seq.isEmpty() || seq.get(0).isEmpty()) {
            return new MatchingKey.Universal();
        }
        Dataset item = seq.get(0);
        List<KeyCondition> itemKeys = new ArrayList<>();
        for (DataElement e : item) {
            if (e.tag() == Tags.SpecificCharacterSet || Tag.isGroupLength(e.tag())) {
                continue;
            }
            itemKeys.add(new KeyCondition(e.tag(), e.vr(), null, matchingKey(item, e)));
        }
        return new MatchingKey.SequenceMatch(itemKeys);
    }

    /** C.2.2.2.4: wild cards apply to these VRs only. */
    private static boolean allowsWildcards(VR vr) {
        return switch (vr) {
            case AE, CS, LO, LT, PN, SH, ST, UC, UR, UT -> true;
            default -> false;
        };
    }

    static Pattern wildcardPattern(String value, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        String v = ignoreCase ? PersonNames.normalise(value) : value;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        return Pattern.compile(regex.toString(), flags);
    }

    private static MatchingKey range(int tag, VR vr, String value) {
        int dash = value.indexOf('-');
        if (value.indexOf('-', dash + 1) >= 0 && vr != VR.DT) {
            throw new QueryException(0xA900, "range key " + Dataset.describe(tag) + " '" + value
                    + "' has more than one '-' (PS3.4 C.2.2.2.5)");
        }
        String low = value.substring(0, dash).strip();
        String high = value.substring(dash + 1).strip();
        if (low.isEmpty() && high.isEmpty()) {
            return new MatchingKey.Universal();
        }
        try {
            return new MatchingKey.Range(low.isEmpty() ? null : TemporalValues.lowerBound(low, vr),
                    high.isEmpty() ? null : TemporalValues.upperBound(high, vr));
        } catch (IllegalArgumentException ex) {
            throw new QueryException(0xA900, "range key " + Dataset.describe(tag) + ": " + ex.getMessage());
        }
    }
}
