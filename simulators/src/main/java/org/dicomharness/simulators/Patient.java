package org.dicomharness.simulators;

/**
 * The patient a procedure is performed on, as the Patient module names it (PS3.3 C.7.1.1).
 *
 * @param name      Patient's Name (PN, {@code family^given})
 * @param id        Patient ID
 * @param issuer    Issuer of Patient ID, or empty
 * @param birthDate Patient's Birth Date (YYYYMMDD), or empty
 * @param sex       Patient's Sex (M, F, O) or empty
 */
public record Patient(String name, String id, String issuer, String birthDate, String sex) {

    public Patient {
        name = orEmpty(name);
        id = orEmpty(id);
        issuer = orEmpty(issuer);
        birthDate = orEmpty(birthDate);
        sex = orEmpty(sex);
    }

    /** The components of Patient's Name (PS3.5 6.2 PN): family, given, middle, prefix, suffix; absent ones empty. */
    public String[] nameComponents() {
        String[] out = {"", "", "", "", ""};
        String alphabetic = name.split("=", -1)[0];
        String[] parts = alphabetic.split("\\^", -1);
        for (int i = 0; i < Math.min(5, parts.length); i++) {
            out[i] = parts[i];
        }
        return out;
    }

    /** {@code s}, or an empty string for {@code null}. */
    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
