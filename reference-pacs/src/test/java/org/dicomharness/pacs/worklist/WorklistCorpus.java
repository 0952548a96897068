package org.dicomharness.pacs.worklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.index.Jdbc;
import org.dicomharness.pacs.index.PatientKey;
import org.dicomharness.pacs.reconcile.PatientDemographics;

/**
 * Four patients and eight scheduled steps (one CANCELED, one STARTED), and a table of Modality Worklist queries
 * with their exact expected Scheduled Procedure Step IDs. Used in-process by WorklistServiceTest and, later, over
 * the network with DCMTK {@code findscu -W}, so both check the same table.
 */
public final class WorklistCorpus {

    /** One worklist C-FIND: keys (keyword, or {@code ScheduledProcedureStepSequence.Keyword}) and expected SPS IDs. */
    public record WorklistCase(String name, Map<String, String> keys, Set<String> expectedStepIds) {
    }

    /** A patient and a step of the corpus, and the status it is left in. */
    public record Entry(PatientDemographics patient, ScheduledStep step, WorklistStatus status) {
    }

    public static final String SPS = "ScheduledProcedureStepSequence.";

    private WorklistCorpus() {
    }

    private static final PatientDemographics PAT001 = patient("PAT001", "Doe^John", "19600101", "M");
    private static final PatientDemographics PAT002 = patient("PAT002", "Doe^Jane", "19750505", "F");
    private static final PatientDemographics PAT003 = patient("PAT003", "Müller^Jürgen", "19800808", "M");
    private static final PatientDemographics PAT004 = patient("PAT004", "Øster^Åse", "19900909", "F");

    public static List<Entry> entries() {
        return List.of(
            new Entry(PAT001, step("ORD1", "SPS1", "ACC1001", "RP1", "CT", "CT01", "20240110", "083000",
                    "Smith^Anna", "CT HEAD", "2.25.200000000000000000000000000000000001"), WorklistStatus.SCHEDULED),
            new Entry(PAT001, step("ORD2", "SPS2", "ACC1002", "RP2", "MR", "MR01", "20240110", "140000",
                    "Brown^Bob", "MR KNEE", "2.25.200000000000000000000000000000000002"), WorklistStatus.SCHEDULED),
            new Entry(PAT002, step("ORD3", "SPS3", "ACC1003", "RP3", "CT", "CT02", "20240111", "090000",
                    "Smith^Anna", "CT CHEST", "2.25.200000000000000000000000000000000003"), WorklistStatus.SCHEDULED),
            new Entry(PAT003, step("ORD4", "SPS4A", "ACC1004", "RP4", "US", "US01", "20240111", "153000",
                    null, "US ABDOMEN", "2.25.200000000000000000000000000000000004"), WorklistStatus.SCHEDULED),
            new Entry(PAT003, step("ORD4", "SPS4B", "ACC1004", "RP4", "US", "US01", "20240111", "160000",
                    null, "US DOPPLER", "2.25.200000000000000000000000000000000004"), WorklistStatus.SCHEDULED),
            new Entry(PAT004, step("ORD5", "SPS5", "ACC1005", "RP5", "CR", "CR01", "20240112", "070000",
                    "Weiß^Eva", "CR CHEST", "2.25.200000000000000000000000000000000005"), WorklistStatus.SCHEDULED),
            new Entry(PAT002, step("ORD6", "SPS6", "ACC1006", "RP6", "CT", "CT01", "20240112", "100000",
                    "Smith^Anna", "CT ABDOMEN", "2.25.200000000000000000000000000000000006"), WorklistStatus.CANCELED),
            new Entry(PAT001, step("ORD7", "SPS7", "ACC1007", "RP7", "MR", "MR01", "20240113", "080000",
                    "Brown^Bob", "MR SPINE", "2.25.200000000000000000000000000000000007"), WorklistStatus.STARTED));
    }

    /** Schedules the corpus through the order service and leaves each step in its status. */
    public static void load(Archive archive) {
        for (Entry e : entries()) {
            long pk = archive.orders().schedule(e.patient(), e.step(), "TEST");
            if (e.status() == WorklistStatus.CANCELED) {
                archive.orders().cancel(e.step().orderKey(), WorklistStatus.CANCELED, "TEST");
            } else if (e.status() != WorklistStatus.SCHEDULED) {
                Jdbc.inTransaction(archive.worklistStore().dataSource(), "set status", c -> {
                    archive.worklistStore().setStatus(c, pk, e.status(), true);
                    return null;
                });
            }
        }
    }

    public static List<WorklistCase> cases() {
        return List.of(
            new WorklistCase("every open step (universal sequence item)",
                keys(SPS + "ScheduledStationAETitle", "", SPS + "ScheduledProcedureStepID", ""),
                Set.of("SPS1", "SPS2", "SPS3", "SPS4A", "SPS4B", "SPS5", "SPS7")),
            new WorklistCase("Scheduled Station AE Title; the cancelled step is not offered",
                keys(SPS + "ScheduledStationAETitle", "CT01"), Set.of("SPS1")),
            new WorklistCase("Modality",
                keys(SPS + "Modality", "CT"), Set.of("SPS1", "SPS3")),
            new WorklistCase("single start date",
                keys(SPS + "ScheduledProcedureStepStartDate", "20240110"), Set.of("SPS1", "SPS2")),
            new WorklistCase("start date range",
                keys(SPS + "ScheduledProcedureStepStartDate", "20240111-20240112"),
                Set.of("SPS3", "SPS4A", "SPS4B", "SPS5")),
            new WorklistCase("open-start date range",
                keys(SPS + "ScheduledProcedureStepStartDate", "-20240110"), Set.of("SPS1", "SPS2")),
            new WorklistCase("date and time range in the same item",
                keys(SPS + "ScheduledProcedureStepStartDate", "20240111",
                        SPS + "ScheduledProcedureStepStartTime", "1500-1700"), Set.of("SPS4A", "SPS4B")),
            new WorklistCase("Modality and Scheduled Station AE Title together",
                keys(SPS + "Modality", "US", SPS + "ScheduledStationAETitle", "US01"), Set.of("SPS4A", "SPS4B")),
            new WorklistCase("Patient ID",
                keys("PatientID", "PAT001"), Set.of("SPS1", "SPS2", "SPS7")),
            new WorklistCase("Patient's Name wild card, PN case-insensitive",
                keys("PatientName", "doe*"), Set.of("SPS1", "SPS2", "SPS3", "SPS7")),
            new WorklistCase("Patient's Name outside ASCII",
                keys("PatientName", "Øster*"), Set.of("SPS5")),
            new WorklistCase("Accession Number: two steps of one order",
                keys("AccessionNumber", "ACC1004"), Set.of("SPS4A", "SPS4B")),
            new WorklistCase("Requested Procedure ID",
                keys("RequestedProcedureID", "RP3"), Set.of("SPS3")),
            new WorklistCase("Scheduled Performing Physician's Name",
                keys(SPS + "ScheduledPerformingPhysicianName", "Smith^Anna"), Set.of("SPS1", "SPS3")),
            new WorklistCase("Scheduled Procedure Step Status STARTED",
                keys(SPS + "ScheduledProcedureStepStatus", "STARTED"), Set.of("SPS7")),
            new WorklistCase("cancelled order's accession number matches nothing",
                keys("AccessionNumber", "ACC1006"), Set.of()),
            new WorklistCase("patient and station that do not meet",
                keys("PatientID", "PAT002", SPS + "ScheduledStationAETitle", "MR01"), Set.of()));
    }

    /**
     * The identifier of a case: top-level keys and one Scheduled Procedure Step Sequence item holding the item keys,
     * always asking for the step ID so the responses can be compared.
     */
    public static Dataset identifier(Map<String, String> keys) {
        ElementDictionary dict = ElementDictionary.standard();
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        Sequence sps = ds.newSequence(Tags.ScheduledProcedureStepSequence);
        Dataset item = sps.addItem();
        item.setString(Tags.ScheduledProcedureStepID, VR.SH, "");
        keys.forEach((keyword, value) -> {
            Dataset target = keyword.startsWith(SPS) ? item : ds;
            int tag = dict.tagOf(keyword.startsWith(SPS) ? keyword.substring(SPS.length()) : keyword);
            if (dict.vrOf(tag) == VR.SQ) {
                target.newSequence(tag);
            } else {
                target.setString(tag, dict.vrOf(tag), value);
            }
        });
        return ds;
    }

    private static Map<String, String> keys(String... keyValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put(keyValues[i], keyValues[i + 1]);
        }
        return out;
    }

    private static PatientDemographics patient(String id, String name, String birth, String sex) {
        return new PatientDemographics(new PatientKey(id, "HOSP"), name, birth, sex);
    }

    private static ScheduledStep step(String order, String sps, String accession, String rp, String modality,
                                      String station, String date, String time, String performer, String description,
                                      String studyUid) {
        return new ScheduledStep(order, order + "^PLACER", order + "^FILLER", accession, rp, description,
                new Code(rp + "CODE", "99LOCAL", description), studyUid, sps, description + " step",
                new Code("P-" + sps, "99LOCAL", description + " protocol"), modality, station, station + " room",
                date, time, performer, "Ref^Doctor", "Req^Doctor", null);
    }
}
