package org.dicomharness.testdata.patient;

/**
 * One fictitious patient: demographics as a registration system would send them. None of these belong to
 * a real person; the names are invented and the identifiers carry the {@code SYN} prefix.
 *
 * @param name       Patient's Name in PN form (family^given^middle)
 * @param id         Patient ID
 * @param issuer     Issuer of Patient ID
 * @param birthDate  DA, YYYYMMDD
 * @param sex        M, F or O (PS3.3 C.7.1.1)
 * @param weightKg   Patient's Weight
 * @param heightM    Patient's Size
 */
public record SyntheticPatient(String name, String id, String issuer, String birthDate, String sex,
                               double weightKg, double heightM) {

    /** Age at {@code date} (YYYYMMDD) as an Age String (PS3.5 Table 6.2-1, AS): {@code 045Y}. */
    public String ageAt(String date) {
        int years = Integer.parseInt(date.substring(0, 4)) - Integer.parseInt(birthDate.substring(0, 4));
        if (date.substring(4).compareTo(birthDate.substring(4)) < 0) {
            years--;
        }
        return String.format("%03dY", years);
    }
}
