package org.dicomharness.pacs.reconcile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.pacs.index.EventLog;
import org.dicomharness.pacs.index.Jdbc;
import org.dicomharness.pacs.index.PacsEvent.Kind;
import org.dicomharness.pacs.store.RejectionRegistry;
import javax.sql.DataSource;

/**
 * IHE IOCM rejection notes: a Key Object Selection Document whose Document Title (Concept Name Code Sequence) is one
 * of the rejection titles of CID 7010 rejects the instances its Current Requested Procedure Evidence Sequence
 * names. They go to state REJECTED: hidden from C-FIND, C-MOVE and C-GET, never deleted; each is recorded in the
 * {@code rejection} table so that one arriving later is archived REJECTED too.
 */
public final class RejectionNotes implements RejectionRegistry {

    /** CID 7010 Document Titles that reject (DCM): code value to meaning. */
    public static final Map<String, String> REJECTION_TITLES = Map.of(
            "113001", "Rejected for Quality Reasons",
            "113037", "Rejected for Patient Safety Reasons",
            "113038", "Incorrect Modality Worklist Entry",
            "113039", "Data Retention Policy Expired");

    private final DataSource dataSource;
    private final EventLog events;

    public RejectionNotes(DataSource dataSource, EventLog events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    @Override
    public boolean isRejected(String sopInstanceUid) {
        return Jdbc.read(dataSource, "look up rejections of " + sopInstanceUid, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM rejection WHERE sop_instance_uid = ?")) {
                ps.setString(1, sopInstanceUid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public void archived(Dataset dataset, String callingAe) {
        if (!Uids.KeyObjectSelectionDocumentStorage.equals(dataset.getString(Tags.SOPClassUID))) {
            return;
        }
        String code;
        try {
            Sequence title = dataset.getSequence(Tags.ConceptNameCodeSequence);
            if (title == null || title.isEmpty() || !"DCM".equals(title.get(0).getString(Tags.CodingSchemeDesignator))) {
                return;
            }
            code = title.get(0).getString(Tags.CodeValue);
        } catch (DicomDataException e) {
            return;
        }
        if (!REJECTION_TITLES.containsKey(code)) {
            return;
        }
        String noteUid = dataset.getString(Tags.SOPInstanceUID);
        int[] counts = Jdbc.inTransaction(dataSource, "apply rejection note " + noteUid, c -> {
            int named = 0;
            int hidden = 0;
            Sequence studies = dataset.getSequence(Tags.CurrentRequestedProcedureEvidenceSequence);
            if (studies == null) {
                return new int[] {0, 0};
            }
            for (Dataset study : studies) {
                Sequence series = study.getSequence(Tags.ReferencedSeriesSequence);
                if (series == null) {
                    continue;
                }
                for (Dataset s : series) {
                    Sequence refs = s.getSequence(Tags.ReferencedSOPSequence);
                    if (refs == null) {
                        continue;
                    }
                    for (Dataset ref : refs) {
                        String sop = ref.getString(Tags.ReferencedSOPInstanceUID);
                        if (sop == null) {
                            continue;
                        }
                        named++;
                        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rejection (sop_instance_uid, "
                                + "sop_class_uid, study_instance_uid, rejection_note_uid, reason_code, reason_meaning, "
                                + "rejected_at) SELECT ?,?,?,?,?,?,? WHERE NOT EXISTS (SELECT 1 FROM rejection WHERE "
                                + "sop_instance_uid = ? AND rejection_note_uid = ?)")) {
                            ps.setString(1, sop);
                            ps.setString(2, ref.getString(Tags.ReferencedSOPClassUID));
                            ps.setString(3, study.getString(Tags.StudyInstanceUID));
                            ps.setString(4, noteUid);
                            ps.setString(5, code);
                            ps.setString(6, REJECTION_TITLES.get(code));
                            ps.setTimestamp(7, Jdbc.now());
                            ps.setString(8, sop);
                            ps.setString(9, noteUid);
                            ps.executeUpdate();
                        }
                        try (PreparedStatement ps = c.prepareStatement("UPDATE instance SET state = 'REJECTED' "
                                + "WHERE sop_instance_uid = ? AND state IN ('ACTIVE', 'QUARANTINED')")) {
                            ps.setString(1, sop);
                            hidden += ps.executeUpdate();
                        }
                    }
                }
            }
            return new int[] {named, hidden};
        });
        events.record(Kind.INSTANCES_REJECTED, callingAe, noteUid, dataset.getString(Tags.StudyInstanceUID),
                "rejection note (" + code + ", DCM, \"" + REJECTION_TITLES.get(code) + "\") names " + counts[0]
                        + " instance(s); " + counts[1] + " hidden from query/retrieve now, the rest when they arrive");
    }
}
