package org.dicomharness.simulators.viewer;

import java.util.Objects;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;

/**
 * A C-FIND, C-MOVE or C-GET identifier (PS3.4 C.4): the information model, the level, and the keys (matching keys
 * with a value, return keys empty). Immutable; the builder methods return new queries.
 *
 * @param model the information model
 * @param level Query/Retrieve Level
 * @param keys  the keys, without Query/Retrieve Level (added by {@link #identifier()})
 */
public record Query(QueryModel model, QueryLevel level, Dataset keys) {

    public Query {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(level, "level");
        if (!model.levels().contains(level)) {
            throw new IllegalArgumentException(model + " has no " + level + " level (PS3.4 C.6): use PATIENT_ROOT for "
                    + "patient-level queries");
        }
        keys = keys == null ? new Dataset() : keys.copy();
    }

    public static Query of(QueryModel model, QueryLevel level) {
        return new Query(model, level, new Dataset());
    }

    /** Study Root at STUDY level. */
    public static Query studies() {
        return of(QueryModel.STUDY_ROOT, QueryLevel.STUDY);
    }

    /** Adds a matching key (PS3.4 C.2.2.2: single value, wildcard, range, UID list). */
    public Query match(int tag, String value) {
        Dataset k = keys.copy();
        k.setString(tag, value);
        return new Query(model, level, k);
    }

    /** Adds return keys (empty, PS3.4 C.2.2.1.2). */
    public Query returnKeys(int... tags) {
        Dataset k = keys.copy();
        for (int t : tags) {
            if (!k.contains(t)) {
                VR vr = ElementDictionary.standard().vrOf(t);
                k.put(t, vr, ByteValue.EMPTY);
            }
        }
        return new Query(model, level, k);
    }

    /** Adds a key by keyword or tag ({@code PatientID=X}, {@code 00100020=X}, {@code StudyDate=20240101-}). */
    public Query key(String keyword, String value) {
        int tag = tagOf(keyword);
        return value == null || value.isEmpty() ? returnKeys(tag) : match(tag, value);
    }

    /** The identifier to send: the keys, the level, and the level's unique key as a return key. */
    public Dataset identifier() {
        Dataset ds = keys.copy();
        ds.setString(Tags.QueryRetrieveLevel, VR.CS, level.name());
        if (!ds.contains(level.uniqueKey())) {
            VR vr = ElementDictionary.standard().vrOf(level.uniqueKey());
            ds.put(level.uniqueKey(), vr, ByteValue.EMPTY);
        }
        return ds;
    }

    /** A tag from a PS3.6 keyword or 8 hex digits (optionally {@code (gggg,eeee)}). */
    public static int tagOf(String keyword) {
        return ElementDictionary.standard().tagOf(keyword);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(model + " " + level);
        for (DataElement e : keys) {
            String v = e.vr().isString() ? keys.getString(e.tag(), "") : "";
            if (!v.isEmpty()) {
                sb.append(' ').append(Dataset.describe(e.tag())).append('=').append(v);
            }
        }
        return sb.toString();
    }
}
