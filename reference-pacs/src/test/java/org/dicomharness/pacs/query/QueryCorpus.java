package org.dicomharness.pacs.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;

/**
 * A small archive of three patients, four studies, seven series and eleven objects, and a table of C-FIND
 * queries over it with their exact expected matches. Used in-process by QueryServiceTest and over the network
 * with DCMTK findscu by the interop test, so both check the same table.
 */
public final class QueryCorpus {

    public static final String S1 = "2.25.100000000000000000000000000000000001";
    public static final String S2 = "2.25.100000000000000000000000000000000002";
    public static final String S3 = "2.25.100000000000000000000000000000000003";
    public static final String S4 = "2.25.100000000000000000000000000000000004";

    /** One C-FIND: model, level, keys (keyword → value, empty = return key), expected values of {@code resultKey}. */
    public record QueryCase(String name, InformationModel model, QueryLevel level, Map<String, String> keys,
                            String resultKey, Set<String> expected) {
    }

    private QueryCorpus() {
    }

    /** The objects of the corpus. */
    public static List<Dataset> objects() {
        List<Dataset> out = new ArrayList<>();
        // Patient 1: CT head with an SR, and an MR knee.
        out.addAll(series("PAT001", "Doe^John", "19600101", "M", S1, "20240110", "083000", "ACC1", "CT HEAD",
                "Smith^Anna", "CTHEAD", series(S1, 1), "CT", Uids.CTImageStorage, 2));
        out.addAll(series("PAT001", "Doe^John", "19600101", "M", S1, "20240110", "083000", "ACC1", "CT HEAD",
                "Smith^Anna", "CTHEAD", series(S1, 2), "SR", Uids.BasicTextSRStorage, 1));
        out.addAll(series("PAT001", "Doe^John", "19600101", "M", S2, "20240315", "141500", "ACC2", "MR KNEE",
                "Brown^Bob", "MRKNEE", series(S2, 1), "MR", Uids.MRImageStorage, 3));
        // Patient 2: a chest radiograph.
        out.addAll(series("PAT002", "Doe^Jane", "19750505", "F", S3, "20231201", "230000", "ACC3", "CR CHEST",
                "Smith^Anna", "CRCHEST", series(S3, 1), "CR", Uids.ComputedRadiographyImageStorage, 1));
        // Patient 3: Latin-1 name, CT abdomen with two series.
        out.addAll(series("PAT003", "Müller^Jürgen", "19800808", "M", S4, "20240110", "120000", "ACC4",
                "CT ABDOMEN", "Weiß^Eva", "CTABD", series(S4, 1), "CT", Uids.CTImageStorage, 2));
        out.addAll(series("PAT003", "Müller^Jürgen", "19800808", "M", S4, "20240110", "120000", "ACC4",
                "CT ABDOMEN", "Weiß^Eva", "CTABD", series(S4, 2), "CT", Uids.CTImageStorage, 2));
        return out;
    }

    public static String series(String study, int n) {
        return study + "." + n;
    }

    public static String instance(String series, int n) {
        return series + "." + n;
    }

    private static List<Dataset> series(String patientId, String patientName, String birthDate, String sex,
                                        String study, String studyDate, String studyTime, String accession,
                                        String description, String referring, String procedureCode,
                                        String seriesUid, String modality, String sopClass, int count) {
        List<Dataset> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Dataset ds = new Dataset();
            ds.setString(Tags.SpecificCharacterSet, "ISO_IR 100");
            ds.setString(Tags.SOPClassUID, sopClass);
            ds.setString(Tags.SOPInstanceUID, instance(seriesUid, i));
            ds.setString(Tags.StudyDate, studyDate);
            ds.setString(Tags.StudyTime, studyTime);
            ds.setString(Tags.AccessionNumber, accession);
            ds.setString(Tags.Modality, modality);
            ds.setString(Tags.ReferringPhysicianName, referring);
            ds.setString(Tags.StudyDescription, description);
            ds.setString(Tags.SeriesDescription, modality + " series " + seriesUid.substring(seriesUid.length() - 1));
            Dataset code = ds.newSequence(Tags.ProcedureCodeSequence).addItem();
            code.setString(Tags.CodeValue, procedureCode);
            code.setString(Tags.CodingSchemeDesignator, "99LOCAL");
            code.setString(Tags.CodeMeaning, description);
            ds.setString(Tags.PatientName, patientName);
            ds.setString(Tags.PatientID, patientId);
            ds.setString(Tags.PatientBirthDate, birthDate);
            ds.setString(Tags.PatientSex, sex);
            ds.setString(Tags.StudyInstanceUID, study);
            ds.setString(Tags.SeriesInstanceUID, seriesUid);
            ds.setString(Tags.StudyID, accession.substring(3));
            ds.setLong(Tags.SeriesNumber, VR.IS, Long.parseLong(seriesUid.substring(seriesUid.length() - 1)));
            ds.setLong(Tags.InstanceNumber, VR.IS, i);
            out.add(ds);
        }
        return out;
    }

    private static Map<String, String> keys(String... keyValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put(keyValues[i], keyValues[i + 1]);
        }
        return out;
    }

    /** The query table: every matching type of PS3.4 C.2.2.2 at every level of both models. */
    public static List<QueryCase> cases() {
        InformationModel pr = InformationModel.PATIENT_ROOT;
        InformationModel sr = InformationModel.STUDY_ROOT;
        String s1ct = series(S1, 1);
        String s1sr = series(S1, 2);
        return List.of(
            new QueryCase("patient: single value Patient ID", pr, QueryLevel.PATIENT,
                keys("PatientID", "PAT001"), "PatientID", Set.of("PAT001")),
            new QueryCase("patient: wild card name prefix", pr, QueryLevel.PATIENT,
                keys("PatientName", "Doe*", "PatientID", ""), "PatientID", Set.of("PAT001", "PAT002")),
            new QueryCase("patient: PN single value ignores case", pr, QueryLevel.PATIENT,
                keys("PatientName", "doe^john", "PatientID", ""), "PatientID", Set.of("PAT001")),
            new QueryCase("patient: wild card '?'", pr, QueryLevel.PATIENT,
                keys("PatientName", "Doe^Ja?e", "PatientID", ""), "PatientID", Set.of("PAT002")),
            new QueryCase("patient: universal '*'", pr, QueryLevel.PATIENT,
                keys("PatientName", "*", "PatientID", ""), "PatientID", Set.of("PAT001", "PAT002", "PAT003")),
            new QueryCase("patient: zero-length key is universal", pr, QueryLevel.PATIENT,
                keys("PatientID", ""), "PatientID", Set.of("PAT001", "PAT002", "PAT003")),
            new QueryCase("patient: open-ended date range", pr, QueryLevel.PATIENT,
                keys("PatientBirthDate", "19700101-", "PatientID", ""), "PatientID", Set.of("PAT002", "PAT003")),
            new QueryCase("patient: CS single value", pr, QueryLevel.PATIENT,
                keys("PatientSex", "F", "PatientID", ""), "PatientID", Set.of("PAT002")),
            new QueryCase("patient: Latin-1 name with wild card", pr, QueryLevel.PATIENT,
                keys("PatientName", "Müller*", "PatientID", ""), "PatientID", Set.of("PAT003")),
            new QueryCase("study: single date", sr, QueryLevel.STUDY,
                keys("StudyDate", "20240110", "StudyInstanceUID", ""), "StudyInstanceUID", Set.of(S1, S4)),
            new QueryCase("study: closed date range", sr, QueryLevel.STUDY,
                keys("StudyDate", "20240101-20240131", "StudyInstanceUID", ""), "StudyInstanceUID", Set.of(S1, S4)),
            new QueryCase("study: date range open start", sr, QueryLevel.STUDY,
                keys("StudyDate", "-20231231", "StudyInstanceUID", ""), "StudyInstanceUID", Set.of(S3)),
            new QueryCase("study: time range with partial times", sr, QueryLevel.STUDY,
                keys("StudyTime", "0800-1200", "StudyInstanceUID", ""), "StudyInstanceUID", Set.of(S1, S4)),
            new QueryCase("study: accession number", sr, QueryLevel.STUDY,
                keys("AccessionNumber", "ACC2", "StudyInstanceUID", ""), "StudyInstanceUID", Set.of(S2)),
            new QueryCase("study: Modalities in Study (computed)", sr, QueryLevel.STUDY,
                keys("ModalitiesInStudy", "MR", "StudyInstanceUID", ""), "StudyInstanceUID", Set.of(S2)),
            new QueryCase("study: Modalities in Study matches any of several", sr, QueryLevel.STUDY,
                keys("ModalitiesInStudy", "SR", "StudyInstanceUID", ""), "StudyInstanceUID", Set.of(S1)),
            new QueryCase("study: list of UIDs", sr, QueryLevel.STUDY,
                keys("StudyInstanceUID", S1 + "\\" + S3), "StudyInstanceUID", Set.of(S1, S3)),
            new QueryCase("study: wild card description", sr, QueryLevel.STUDY,
                keys("StudyDescription", "CT*", "StudyInstanceUID", ""), "StudyInstanceUID", Set.of(S1, S4)),
            new QueryCase("study: referring physician, PN ignores case", sr, QueryLevel.STUDY,
                keys("ReferringPhysicianName", "SMITH^ANNA", "StudyInstanceUID", ""), "StudyInstanceUID",
                Set.of(S1, S3)),
            new QueryCase("study root: patient key at study level", sr, QueryLevel.STUDY,
                keys("PatientID", "PAT001", "StudyInstanceUID", ""), "StudyInstanceUID", Set.of(S1, S2)),
            new QueryCase("patient root: study level under a patient", pr, QueryLevel.STUDY,
                keys("PatientID", "PAT003", "StudyInstanceUID", ""), "StudyInstanceUID", Set.of(S4)),
            new QueryCase("study: sequence matching on procedure code", sr, QueryLevel.STUDY,
                keys("ProcedureCodeSequence.CodeValue", "CTHEAD", "StudyInstanceUID", ""), "StudyInstanceUID",
                Set.of(S1)),
            new QueryCase("study: combined keys, no match", sr, QueryLevel.STUDY,
                keys("StudyDate", "20240110", "AccessionNumber", "ACC2", "StudyInstanceUID", ""),
                "StudyInstanceUID", Set.of()),
            new QueryCase("series: all series of a study", sr, QueryLevel.SERIES,
                keys("StudyInstanceUID", S1, "SeriesInstanceUID", ""), "SeriesInstanceUID", Set.of(s1ct, s1sr)),
            new QueryCase("series: modality single value", sr, QueryLevel.SERIES,
                keys("StudyInstanceUID", S1, "Modality", "CT", "SeriesInstanceUID", ""), "SeriesInstanceUID",
                Set.of(s1ct)),
            new QueryCase("series: wild card on CS", sr, QueryLevel.SERIES,
                keys("StudyInstanceUID", S4, "Modality", "C?", "SeriesInstanceUID", ""), "SeriesInstanceUID",
                Set.of(series(S4, 1), series(S4, 2))),
            new QueryCase("series: IS single value", sr, QueryLevel.SERIES,
                keys("StudyInstanceUID", S4, "SeriesNumber", "2", "SeriesInstanceUID", ""), "SeriesInstanceUID",
                Set.of(series(S4, 2))),
            new QueryCase("patient root: series level", pr, QueryLevel.SERIES,
                keys("PatientID", "PAT001", "StudyInstanceUID", S2, "SeriesInstanceUID", ""), "SeriesInstanceUID",
                Set.of(series(S2, 1))),
            new QueryCase("image: all objects of a series", sr, QueryLevel.IMAGE,
                keys("StudyInstanceUID", S2, "SeriesInstanceUID", series(S2, 1), "SOPInstanceUID", ""),
                "SOPInstanceUID", Set.of(instance(series(S2, 1), 1), instance(series(S2, 1), 2),
                    instance(series(S2, 1), 3))),
            new QueryCase("image: list of SOP Instance UIDs", sr, QueryLevel.IMAGE,
                keys("StudyInstanceUID", S2, "SeriesInstanceUID", series(S2, 1), "SOPInstanceUID",
                    instance(series(S2, 1), 1) + "\\" + instance(series(S2, 1), 3)),
                "SOPInstanceUID", Set.of(instance(series(S2, 1), 1), instance(series(S2, 1), 3))),
            new QueryCase("image: instance number", sr, QueryLevel.IMAGE,
                keys("StudyInstanceUID", S2, "SeriesInstanceUID", series(S2, 1), "InstanceNumber", "2",
                    "SOPInstanceUID", ""), "SOPInstanceUID", Set.of(instance(series(S2, 1), 2))),
            new QueryCase("image: SOP class", sr, QueryLevel.IMAGE,
                keys("StudyInstanceUID", S1, "SeriesInstanceUID", s1sr, "SOPClassUID", Uids.BasicTextSRStorage,
                    "SOPInstanceUID", ""), "SOPInstanceUID", Set.of(instance(s1sr, 1))),
            new QueryCase("patient root: image level", pr, QueryLevel.IMAGE,
                keys("PatientID", "PAT002", "StudyInstanceUID", S3, "SeriesInstanceUID", series(S3, 1),
                    "SOPInstanceUID", ""), "SOPInstanceUID", Set.of(instance(series(S3, 1), 1))));
    }
}
