package org.dicomharness.pacs.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.index.HeaderCodec;
import org.dicomharness.pacs.index.IndexException;
import org.dicomharness.pacs.index.InstanceIndex;
import org.dicomharness.pacs.index.StoredInstance;

/**
 * The C-FIND matching and C-MOVE/C-GET selection of the Query/Retrieve SCP (PS3.4 C.4) over the index, with
 * the hierarchical search method of C.4.1.3.1. SQL narrows candidates on indexed columns; every key is then
 * matched on the stored attributes, which is where PS3.4 C.2.2.2's rules are applied.
 */
public final class QueryService {

    private final InstanceIndex index;
    private final ComputedKeys computed;
    private final KeyParser parser = new KeyParser();
    private final String retrieveAeTitle;

    public QueryService(InstanceIndex index, String retrieveAeTitle) {
        this.index = index;
        this.computed = new ComputedKeys(index.dataSource());
        this.retrieveAeTitle = retrieveAeTitle;
    }

    /** A validated C-FIND request. */
    public record Query(InformationModel model, QueryLevel level, List<KeyCondition> keys, Dataset identifier) {
    }

    /**
     * Validates an identifier: the level exists in the model and the unique keys of the levels above it are
     * given as single values (C.4.1.2.1 hierarchical search).
     *
     * @throws QueryException A900 with the reason when the identifier does not fit the model
     */
    public Query prepare(InformationModel model, Dataset identifier) {
        QueryLevel level = QueryLevel.of(identifier.getString(Tags.QueryRetrieveLevel));
        if (!model.supports(level)) {
            throw new QueryException(0xA900, "level " + level + " does not exist in the " + model
                    + " information model (PS3.4 C.6.2)");
        }
        List<KeyCondition> keys = parser.parse(identifier, model, level);
        for (QueryLevel above : QueryLevel.values()) {
            if (!above.isAbove(level) || !model.supports(above)) {
                continue;
            }
            int unique = uniqueKey(above);
            KeyCondition key = keys.stream().filter(k -> k.tag() == unique).findFirst().orElse(null);
            if (key == null || !(key.key() instanceof MatchingKey.SingleValue)) {
                throw new QueryException(0xA900, "a " + level + " level query in " + model + " needs "
                        + Dataset.describe(unique) + " as a single value (hierarchical search, PS3.4 C.4.1.3.1)");
            }
        }
        return new Query(model, level, keys, identifier);
    }

    /** Runs a C-FIND, handing each match's response identifier to {@code responses} until {@code cancelled}. */
    public void find(Query query, BooleanSupplier cancelled, Consumer<Dataset> responses) {
        Map<QueryLevel, Map<Long, Dataset>> cache = new EnumMap<>(QueryLevel.class);
        Set<Integer> computedRequested = new HashSet<>();
        for (KeyCondition k : query.keys()) {
            if (ComputedKeys.isComputed(k.tag())) {
                computedRequested.add(k.tag());
            }
        }
        for (long[] pks : candidates(query)) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            Map<QueryLevel, Dataset> entity = new EnumMap<>(QueryLevel.class);
            for (QueryLevel lvl : QueryLevel.values()) {
                if (lvl.ordinal() <= query.level().ordinal()) {
                    long pk = pks[lvl.ordinal()];
                    entity.put(lvl, cache.computeIfAbsent(lvl, l -> new HashMap<>())
                            .computeIfAbsent(pk, p -> load(lvl, p, computedRequested)));
                }
            }
            if (query.keys().stream().allMatch(k -> KeyMatcher.matches(k, entity.get(k.level())))) {
                responses.accept(response(query, entity));
            }
        }
    }

    /**
     * The ACTIVE objects a C-MOVE or C-GET identifier selects: the unique keys of its level and above (single
     * values or lists of UIDs, C.4.2.2.1); other keys are ignored, as PS3.4 C.4.2.1.4 allows only unique keys.
     */
    public List<StoredInstance> retrieve(InformationModel model, Dataset identifier) {
        QueryLevel level = QueryLevel.of(identifier.getString(Tags.QueryRetrieveLevel));
        if (!model.supports(level)) {
            throw new QueryException(0xA900, "level " + level + " does not exist in the " + model
                    + " information model (PS3.4 C.6.2)");
        }
        StringBuilder where = new StringBuilder(" WHERE i.state = 'ACTIVE'");
        List<Object> params = new ArrayList<>();
        boolean any = false;
        for (QueryLevel lvl : QueryLevel.values()) {
            if (lvl.isAbove(model.root()) || level.isAbove(lvl)) {
                continue;
            }
            int unique = uniqueKey(lvl);
            String[] values = identifier.getStrings(unique);
            if (values.length == 0) {
                if (lvl == level) {
                    throw new QueryException(0xA900, "a " + level + " level retrieve needs "
                            + Dataset.describe(unique) + " (PS3.4 C.4.2.2.1)");
                }
                continue;
            }
            String column = IndexedColumns.COLUMNS.get(unique).expression();
            where.append(" AND ").append(column).append(" IN (").append("?,".repeat(values.length - 1)).append("?)");
            params.addAll(List.of(values));
            any = true;
        }
        if (!any) {
            throw new QueryException(0xA900, "the retrieve identifier names no object (PS3.4 C.4.2.2.1)");
        }
        where.append(" ORDER BY st.study_instance_uid, se.series_instance_uid, i.instance_number, i.pk");
        return index.select(where.toString(), params.toArray());
    }

    // ------------------------------------------------------------------ candidates

    private List<long[]> candidates(Query query) {
        QueryLevel level = query.level();
        StringBuilder sql = new StringBuilder("SELECT p.pk");
        sql.append(level == QueryLevel.PATIENT ? ", 0" : ", st.pk");
        sql.append(level.ordinal() >= QueryLevel.SERIES.ordinal() ? ", se.pk" : ", 0");
        sql.append(level == QueryLevel.IMAGE ? ", i.pk" : ", 0");
        sql.append(" FROM patient p");
        if (level != QueryLevel.PATIENT) {
            sql.append(" JOIN study st ON st.patient_fk = p.pk");
        }
        if (level.ordinal() >= QueryLevel.SERIES.ordinal()) {
            sql.append(" JOIN series se ON se.study_fk = st.pk");
        }
        if (level == QueryLevel.IMAGE) {
            sql.append(" JOIN instance i ON i.series_fk = se.pk");
        }
        sql.append(" WHERE ").append(activeCondition(level));
        List<Object> params = new ArrayList<>();
        for (KeyCondition k : query.keys()) {
            IndexedColumns.appendCondition(k, level, sql, params);
        }
        sql.append(switch (level) {
            case PATIENT -> " ORDER BY p.pk";
            case STUDY -> " ORDER BY st.pk";
            case SERIES -> " ORDER BY se.pk";
            case IMAGE -> " ORDER BY i.pk";
        });
        try (Connection c = index.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<long[]> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IndexException("C-FIND candidate query failed: " + e.getMessage(), e);
        }
    }

    /** Entities without an ACTIVE object (quarantined or superseded only) are invisible to Q/R. */
    private static String activeCondition(QueryLevel level) {
        String active = "i2.state = 'ACTIVE'";
        return switch (level) {
            case PATIENT -> "EXISTS (SELECT 1 FROM instance i2 JOIN series se2 ON i2.series_fk = se2.pk "
                    + "JOIN study st2 ON se2.study_fk = st2.pk WHERE st2.patient_fk = p.pk AND " + active + ")";
            case STUDY -> "EXISTS (SELECT 1 FROM instance i2 JOIN series se2 ON i2.series_fk = se2.pk "
                    + "WHERE se2.study_fk = st.pk AND " + active + ")";
            case SERIES -> "EXISTS (SELECT 1 FROM instance i2 WHERE i2.series_fk = se.pk AND " + active + ")";
            case IMAGE -> "i.state = 'ACTIVE'";
        };
    }

    private Dataset load(QueryLevel level, long pk, Set<Integer> computedRequested) {
        String table = switch (level) {
            case PATIENT -> "patient";
            case STUDY -> "study";
            case SERIES -> "series";
            case IMAGE -> "instance";
        };
        Dataset attrs;
        try (Connection c = index.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT header FROM " + table + " WHERE pk = ?")) {
            ps.setLong(1, pk);
            try (ResultSet rs = ps.executeQuery()) {
                attrs = rs.next() ? HeaderCodec.decode(rs.getBytes(1)) : new Dataset();
            }
        } catch (SQLException e) {
            throw new IndexException("cannot read stored attributes: " + e.getMessage(), e);
        }
        Set<Integer> here = new HashSet<>(computedRequested);
        here.retainAll(switch (level) {
            case PATIENT -> ComputedKeys.PATIENT;
            case STUDY -> ComputedKeys.STUDY;
            case SERIES -> ComputedKeys.SERIES;
            case IMAGE -> Set.<Integer>of();
        });
        computed.addTo(attrs, level, pk, here);
        return attrs;
    }

    // ------------------------------------------------------------------ responses

    private Dataset response(Query query, Map<QueryLevel, Dataset> entity) {
        List<Dataset> sources = new ArrayList<>(entity.values());
        Dataset response = new Dataset();
        boolean reencode = distinctCharsets(sources) > 1;
        if (reencode) {
            response.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        } else {
            for (Dataset source : sources) {
                if (source.contains(Tags.SpecificCharacterSet)) {
                    response.addAll(source, e -> e.tag() == Tags.SpecificCharacterSet);
                    break;
                }
            }
        }
        response.setString(Tags.QueryRetrieveLevel, VR.CS, query.level().name());
        for (KeyCondition key : query.keys()) {
            int tag = key.tag();
            if (tag == Tags.RetrieveAETitle) {
                response.setString(tag, VR.AE, retrieveAeTitle);
                continue;
            }
            if (tag == Tags.InstanceAvailability) {
                response.setString(tag, VR.CS, "ONLINE");
                continue;
            }
            Dataset source = entity.get(key.level());
            DataElement stored = source.get(tag);
            if (stored == null) {
                response.put(tag, key.vr(), org.dicomharness.dicom.data.ByteValue.EMPTY);
            } else if (key.key() instanceof MatchingKey.SequenceMatch) {
                ReturnKeys.copy(key, source, response);
            } else if (reencode && stored.vr().kind() == VR.Kind.TEXT) {
                try {
                    response.setString(tag, stored.vr(), source.getStrings(tag));
                } catch (DicomDataException e) {
                    response.put(tag, stored.vr(), org.dicomharness.dicom.data.ByteValue.EMPTY);
                }
            } else {
                response.addAll(source, e -> e.tag() == tag);
            }
        }
        return response;
    }

    private static long distinctCharsets(List<Dataset> sources) {
        return sources.stream().map(d -> d.getString(Tags.SpecificCharacterSet, "")).distinct().count();
    }

    static int uniqueKey(QueryLevel level) {
        return switch (level) {
            case PATIENT -> Tags.PatientID;
            case STUDY -> Tags.StudyInstanceUID;
            case SERIES -> Tags.SeriesInstanceUID;
            case IMAGE -> Tags.SOPInstanceUID;
        };
    }
}
