package org.dicomharness.pacs.query;

import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.dict.Tags;

/**
 * Key attributes the index holds in columns, so that SQL can narrow the candidates before the authoritative
 * match on the stored attributes. SQL conditions built from these are necessary, never sufficient.
 */
final class IndexedColumns {

    record Column(String expression, boolean personName) {
    }

    static final Map<Integer, Column> COLUMNS = Map.ofEntries(
            Map.entry(Tags.PatientID, new Column("p.patient_id", false)),
            Map.entry(Tags.PatientName, new Column("p.patient_name", true)),
            Map.entry(Tags.PatientBirthDate, new Column("p.patient_birth_date", false)),
            Map.entry(Tags.PatientSex, new Column("p.patient_sex", false)),
            Map.entry(Tags.StudyInstanceUID, new Column("st.study_instance_uid", false)),
            Map.entry(Tags.StudyDate, new Column("st.study_date", false)),
            Map.entry(Tags.AccessionNumber, new Column("st.accession_number", false)),
            Map.entry(Tags.StudyID, new Column("st.study_id", false)),
            Map.entry(Tags.ReferringPhysicianName, new Column("st.referring_physician", true)),
            Map.entry(Tags.SeriesInstanceUID, new Column("se.series_instance_uid", false)),
            Map.entry(Tags.Modality, new Column("se.modality", false)),
            Map.entry(Tags.SOPInstanceUID, new Column("i.sop_instance_uid", false)),
            Map.entry(Tags.SOPClassUID, new Column("i.sop_class_uid", false)));

    private IndexedColumns() {
    }

    /** Appends a necessary SQL condition for {@code condition} (or nothing) and its parameters. */
    static void appendCondition(KeyCondition condition, QueryLevel level, StringBuilder sql, List<Object> params) {
        Column column = COLUMNS.get(condition.tag());
        if (column == null || !available(column, level)) {
            return;
        }
        MatchingKey key = condition.key();
        if (key instanceof MatchingKey.SingleValue single) {
            if (column.personName()) {
                sql.append(" AND UPPER(").append(column.expression()).append(") LIKE ? ESCAPE '\\'");
                params.add(escapeLike(single.value().toUpperCase(java.util.Locale.ROOT)) + "%");
            } else if (condition.vr() != org.dicomharness.dicom.VR.DS && condition.vr() != org.dicomharness.dicom.VR.IS) {
                sql.append(" AND ").append(column.expression()).append(" = ?");
                params.add(single.value());
            }
        } else if (key instanceof MatchingKey.UidList list) {
            sql.append(" AND ").append(column.expression()).append(" IN (")
               .append("?,".repeat(list.uids().size() - 1)).append("?)");
            params.addAll(list.uids());
        } else if (key instanceof MatchingKey.Wildcard wildcard) {
            String pattern = likePattern(column.personName() ? wildcard.value().toUpperCase(java.util.Locale.ROOT)
                    : wildcard.value());
            sql.append(column.personName() ? " AND UPPER(" + column.expression() + ")" : " AND " + column.expression())
               .append(" LIKE ? ESCAPE '\\'");
            params.add(column.personName() ? pattern + "%" : pattern);
        } else if (key instanceof MatchingKey.Range range && condition.vr() == org.dicomharness.dicom.VR.DA) {
            if (range.low() != null) {
                sql.append(" AND ").append(column.expression()).append(" >= ?");
                params.add(range.low());
            }
            if (range.high() != null) {
                sql.append(" AND ").append(column.expression()).append(" <= ?");
                params.add(range.high());
            }
        }
    }

    /** Columns of levels joined into the query at {@code level}. */
    private static boolean available(Column column, QueryLevel level) {
        String alias = column.expression().substring(0, column.expression().indexOf('.'));
        return switch (alias) {
            case "p" -> true;
            case "st" -> level != QueryLevel.PATIENT;
            case "se" -> level == QueryLevel.SERIES || level == QueryLevel.IMAGE;
            case "i" -> level == QueryLevel.IMAGE;
            default -> false;
        };
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String likePattern(String wildcard) {
        StringBuilder out = new StringBuilder();
        for (char c : wildcard.toCharArray()) {
            switch (c) {
                case '*' -> out.append('%');
                case '?' -> out.append('_');
                case '%', '_', '\\' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
