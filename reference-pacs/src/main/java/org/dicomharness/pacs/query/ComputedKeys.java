package org.dicomharness.pacs.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.index.IndexException;

/**
 * The optional keys PS3.4 C.6.1.1.x and C.6.2.1.x define as computed by the SCP: the Number of ... Related ...
 * counts, Modalities in Study and SOP Classes in Study. Only ACTIVE objects count.
 */
final class ComputedKeys {

    static final Set<Integer> PATIENT = Set.of(Tags.NumberOfPatientRelatedStudies, Tags.NumberOfPatientRelatedSeries,
            Tags.NumberOfPatientRelatedInstances);
    static final Set<Integer> STUDY = Set.of(Tags.NumberOfStudyRelatedSeries, Tags.NumberOfStudyRelatedInstances,
            Tags.ModalitiesInStudy, Tags.SOPClassesInStudy);
    static final Set<Integer> SERIES = Set.of(Tags.NumberOfSeriesRelatedInstances);

    private static final String ACTIVE = " FROM instance i JOIN series se ON i.series_fk = se.pk "
            + "JOIN study st ON se.study_fk = st.pk WHERE i.state = 'ACTIVE' AND ";

    private final DataSource dataSource;

    ComputedKeys(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static boolean isComputed(int tag) {
        return PATIENT.contains(tag) || STUDY.contains(tag) || SERIES.contains(tag);
    }

    /** Adds the requested computed attributes of a patient, study or series to its attributes. */
    void addTo(Dataset target, QueryLevel level, long pk, Set<Integer> requested) {
        for (int tag : requested) {
            switch (level) {
                case PATIENT -> {
                    if (tag == Tags.NumberOfPatientRelatedStudies) {
                        setCount(target, tag, count("COUNT(DISTINCT st.pk)", "st.patient_fk = ?", pk));
                    } else if (tag == Tags.NumberOfPatientRelatedSeries) {
                        setCount(target, tag, count("COUNT(DISTINCT se.pk)", "st.patient_fk = ?", pk));
                    } else if (tag == Tags.NumberOfPatientRelatedInstances) {
                        setCount(target, tag, count("COUNT(*)", "st.patient_fk = ?", pk));
                    }
                }
                case STUDY -> {
                    if (tag == Tags.NumberOfStudyRelatedSeries) {
                        setCount(target, tag, count("COUNT(DISTINCT se.pk)", "se.study_fk = ?", pk));
                    } else if (tag == Tags.NumberOfStudyRelatedInstances) {
                        setCount(target, tag, count("COUNT(*)", "se.study_fk = ?", pk));
                    } else if (tag == Tags.ModalitiesInStudy) {
                        List<String> modalities = distinct("se.modality", "se.study_fk = ?", pk);
                        target.setString(tag, VR.CS, modalities.toArray(String[]::new));
                    } else if (tag == Tags.SOPClassesInStudy) {
                        List<String> classes = distinct("i.sop_class_uid", "se.study_fk = ?", pk);
                        target.setString(tag, VR.UI, classes.toArray(String[]::new));
                    }
                }
                case SERIES -> {
                    if (tag == Tags.NumberOfSeriesRelatedInstances) {
                        setCount(target, tag, count("COUNT(*)", "i.series_fk = ?", pk));
                    }
                }
                default -> {
                    // Image level has no computed keys.
                }
            }
        }
    }

    private static void setCount(Dataset target, int tag, long count) {
        target.setString(tag, VR.IS, Long.toString(count));
    }

    private long count(String expression, String where, long pk) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + expression + ACTIVE + where)) {
            ps.setLong(1, pk);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IndexException("cannot compute a count: " + e.getMessage(), e);
        }
    }

    private List<String> distinct(String column, String where, long pk) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT DISTINCT " + column + ACTIVE + where + " AND "
                     + column + " IS NOT NULL ORDER BY " + column)) {
            ps.setLong(1, pk);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IndexException("cannot compute distinct values: " + e.getMessage(), e);
        }
    }
}
