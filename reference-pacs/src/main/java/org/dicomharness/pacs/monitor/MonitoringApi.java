package org.dicomharness.pacs.monitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.mpps.MppsStore;
import org.dicomharness.pacs.worklist.WorklistStore;
import org.dicomharness.pacs.index.IndexException;
import org.dicomharness.pacs.index.PacsEvent;
import org.dicomharness.pacs.index.PacsEvent.Kind;

/** What the monitoring endpoints report, as plain data (serialised to JSON by {@link MonitoringServer}). */
public final class MonitoringApi {

    /** One study with its counts. */
    public record StudySummary(String studyInstanceUid, String patientId, String patientName, String studyDate,
                               String accessionNumber, String studyDescription, String modalities, long series,
                               long instances, long quarantined, long superseded) {
    }

    /** A worklist step whose start passed by more than the grace time and that no modality started. */
    public record OverdueStep(String orderKey, String spsId, String accessionNumber, String patientId,
                              String scheduledStart) {
    }

    /** Default grace time before a study counts as incomplete or a step as never performed. */
    public static final Duration DEFAULT_GRACE = Duration.ofHours(1);

    private final Archive archive;
    private final AssociationLog associations;
    private final Duration grace;

    public MonitoringApi(Archive archive, AssociationLog associations) {
        this(archive, associations, DEFAULT_GRACE);
    }

    /** @param grace how long after an MPPS COMPLETED (or a scheduled start) the PACS waits before reporting */
    public MonitoringApi(Archive archive, AssociationLog associations, Duration grace) {
        this.archive = archive;
        this.associations = associations;
        this.grace = grace;
    }

    /**
     * Studies whose MPPS (COMPLETED more than the grace time ago) names N objects of which fewer arrived ACTIVE:
     * {@code referenced} is N, {@code arrived} is N-k.
     */
    public List<MppsStore.Completeness> incompleteByMpps() {
        return archive.mppsStore().incomplete(Instant.now().minus(grace));
    }

    /** Worklist steps still SCHEDULED more than the grace time after their scheduled start. */
    public List<OverdueStep> neverPerformed() {
        LocalDateTime cutoff = LocalDateTime.now().minus(grace);
        String date = cutoff.format(DateTimeFormatter.BASIC_ISO_DATE);
        String time = cutoff.format(DateTimeFormatter.ofPattern("HHmmss"));
        List<OverdueStep> out = new ArrayList<>();
        for (WorklistStore.Item i : archive.worklistStore().neverPerformed(date, time)) {
            Dataset sps = i.attributes().getSequence(Tags.ScheduledProcedureStepSequence).get(0);
            out.add(new OverdueStep(i.orderKey(), i.spsId(), i.accessionNumber(), i.patient().getString(Tags.PatientID),
                    sps.getString(Tags.ScheduledProcedureStepStartDate, "") + " "
                            + sps.getString(Tags.ScheduledProcedureStepStartTime, "")));
        }
        return out;
    }

    /** Patient merges (HL7 ADT^A40) and updates (A08) applied, newest first. */
    public List<PacsEvent> merges(int limit) {
        return events(limit, Kind.PATIENT_MERGED, Kind.PATIENT_UPDATED);
    }

    /** Coercions applied on ingest (vendor profiles, merges) and Accession Numbers moved by order changes. */
    public List<PacsEvent> coercions(int limit) {
        return events(limit, Kind.COERCED, Kind.ACCESSION_MOVED);
    }

    /**
     * Refused HL7 messages, MPPS requests and commitment requests, commitment reports not delivered, and rejection
     * notes applied.
     */
    public List<PacsEvent> workflowProblems(int limit) {
        return events(limit, Kind.HL7_REJECTED, Kind.MPPS_REFUSED, Kind.COMMITMENT_REFUSED,
                Kind.COMMITMENT_UNDELIVERED, Kind.INSTANCES_REJECTED);
    }

    public Map<String, Object> summary() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("aeTitle", archive.config().aeTitle());
        out.put("port", archive.config().port());
        // One pass over the ACTIVE instances instead of a correlated sub-query per patient and study: the summary
        // is polled, and must stay fast on a large archive (BENCHMARKS.md, monitoring at 100,000 instances).
        long[] counts = counts("SELECT COUNT(DISTINCT st.patient_fk), COUNT(DISTINCT se.study_fk), COUNT(*) "
                + "FROM instance i JOIN series se ON i.series_fk = se.pk JOIN study st ON se.study_fk = st.pk "
                + "WHERE i.state = 'ACTIVE'");
        out.put("patients", counts[0]);
        out.put("studies", counts[1]);
        out.put("instances", counts[2]);
        out.put("quarantined", counts("SELECT COUNT(*) FROM instance WHERE state = 'QUARANTINED'")[0]);
        out.put("openAssociations", associations.openAssociations().size());
        out.put("events", archive.events().counts());
        out.put("recovery", archive.recoverySummary());
        return out;
    }

    /** The newest studies, with their counts. */
    public List<StudySummary> studies(int limit) {
        return studies("SELECT pk FROM study ORDER BY pk DESC LIMIT ?", List.of(limit));
    }

    /**
     * Studies that are not whole: some of their objects are quarantined, or a transfer or retrieve of one of them
     * failed (the events name the objects).
     */
    public List<StudySummary> incompleteStudies(int limit) {
        Set<String> studiesWithFailures = new LinkedHashSet<>();
        for (PacsEvent e : archive.events().recent(1000, Kind.TRANSFER_FAILED, Kind.MOVE_SUBOPERATION_FAILED)) {
            if (e.studyInstanceUid() != null) {
                studiesWithFailures.add(e.studyInstanceUid());
            }
        }
        StringBuilder chosen = new StringBuilder("SELECT st.pk FROM study st WHERE st.pk IN (SELECT se.study_fk "
                + "FROM series se JOIN instance i ON i.series_fk = se.pk WHERE i.state = 'QUARANTINED')");
        List<Object> params = new ArrayList<>(studiesWithFailures);
        if (!studiesWithFailures.isEmpty()) {
            chosen.append(" OR st.study_instance_uid IN (").append("?,".repeat(params.size() - 1)).append("?)");
        }
        chosen.append(" ORDER BY st.pk DESC LIMIT ?");
        params.add(limit);
        return studies(chosen.toString(), params);
    }

    /**
     * Summaries of the studies a query chooses (it selects study primary keys, newest first, already limited), so
     * that the counts are computed for those studies only.
     */
    private List<StudySummary> studies(String chooseStudyPks, List<Object> params) {
        String sql = "SELECT st.study_instance_uid, p.patient_id, p.patient_name, st.study_date, st.accession_number, "
                + "st.study_description, "
                + "COUNT(DISTINCT CASE WHEN i.state = 'ACTIVE' THEN se.pk END), "
                + "COALESCE(SUM(CASE WHEN i.state = 'ACTIVE' THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN i.state = 'QUARANTINED' THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN i.state = 'SUPERSEDED' THEN 1 ELSE 0 END), 0), st.pk "
                + "FROM (" + chooseStudyPks + ") chosen JOIN study st ON st.pk = chosen.pk "
                + "JOIN patient p ON st.patient_fk = p.pk "
                + "LEFT JOIN series se ON se.study_fk = st.pk LEFT JOIN instance i ON i.series_fk = se.pk "
                + "GROUP BY st.pk, st.study_instance_uid, p.patient_id, p.patient_name, st.study_date, "
                + "st.accession_number, st.study_description ORDER BY st.pk DESC";
        try (Connection c = archive.index().dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<StudySummary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StudySummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), modalities(c, rs.getLong(11)), rs.getLong(7),
                            rs.getLong(8), rs.getLong(9), rs.getLong(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IndexException("cannot list studies: " + e.getMessage(), e);
        }
    }

    public List<PacsEvent> events(int limit, Kind... kinds) {
        return archive.events().recent(limit, kinds);
    }

    public List<PacsEvent> rejected(int limit) {
        return events(limit, Kind.REJECTED, Kind.DUPLICATE_REJECTED, Kind.PATIENT_CONFLICT_REJECTED);
    }

    public List<PacsEvent> duplicates(int limit) {
        return events(limit, Kind.DUPLICATE_IDENTICAL, Kind.DUPLICATE_REJECTED, Kind.DUPLICATE_OVERWRITTEN,
                Kind.DUPLICATE_VERSIONED);
    }

    public List<PacsEvent> failedTransfers(int limit) {
        return events(limit, Kind.TRANSFER_FAILED, Kind.MOVE_SUBOPERATION_FAILED);
    }

    public Map<String, Object> associations() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("open", associations.openAssociations());
        out.put("recent", associations.recentlyClosed());
        return out;
    }

    private long[] counts(String sql) {
        try (Connection c = archive.index().dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long[] out = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = rs.getLong(i + 1);
            }
            return out;
        } catch (SQLException e) {
            throw new IndexException("monitoring query failed: " + e.getMessage(), e);
        }
    }

    private static String modalities(Connection c, long studyPk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT se.modality FROM series se JOIN instance i "
                + "ON i.series_fk = se.pk WHERE se.study_fk = ? AND i.state = 'ACTIVE' AND se.modality IS NOT NULL "
                + "ORDER BY se.modality")) {
            ps.setLong(1, studyPk);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return String.join("\\", out);
        }
    }
}
