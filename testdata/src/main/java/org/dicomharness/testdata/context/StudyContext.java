package org.dicomharness.testdata.context;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.dicomharness.testdata.patient.SyntheticPatient;
import org.dicomharness.testdata.uid.UidFactory;

/**
 * What every instance of one study shares: the patient, the study identity (PS3.3 C.7.2.1) and when it
 * happened. Built once per study so that patient and study attributes agree across all its series.
 *
 * @param uids               the UID source of the corpus
 * @param index              0-based study number within the corpus
 * @param patient            the synthetic patient
 * @param studyInstanceUid   Study Instance UID
 * @param studyId            Study ID (SH)
 * @param accessionNumber    Accession Number (SH)
 * @param start              study date and time
 * @param description        Study Description
 * @param referringPhysician Referring Physician's Name (PN)
 * @param institution        Institution Name
 */
public record StudyContext(UidFactory uids, int index, SyntheticPatient patient, String studyInstanceUid,
                           String studyId, String accessionNumber, LocalDateTime start, String description,
                           String referringPhysician, String institution) {

    private static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TM = DateTimeFormatter.ofPattern("HHmmss");

    /**
     * This study for another patient (same demographics, new Patient ID): how a scenario keeps its patient apart
     * from the ones earlier runs left on a target.
     */
    public StudyContext withPatientId(String patientId) {
        SyntheticPatient p = new SyntheticPatient(patient.name(), patientId, patient.issuer(), patient.birthDate(),
                patient.sex(), patient.weightKg(), patient.heightM());
        return new StudyContext(uids, index, p, studyInstanceUid, studyId, accessionNumber, start, description,
                referringPhysician, institution);
    }

    public String studyDate() {
        return start.format(DA);
    }

    public String studyTime() {
        return start.format(TM);
    }

    /** Date (DA) of a moment within the study. */
    public static String date(LocalDateTime t) {
        return t.format(DA);
    }

    /** Time (TM) of a moment within the study, to the second. */
    public static String time(LocalDateTime t) {
        return t.format(TM);
    }

    /** Date time (DT) to the second. */
    public static String dateTime(LocalDateTime t) {
        return t.format(DA) + t.format(TM);
    }
}
