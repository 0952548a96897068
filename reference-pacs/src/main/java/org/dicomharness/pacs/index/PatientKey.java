package org.dicomharness.pacs.index;

/** A patient as the index keys it: Patient ID (0010,0020) and Issuer of Patient ID (0010,0021). */
public record PatientKey(String patientId, String issuer) {

    public PatientKey {
        patientId = patientId == null ? "" : patientId;
        issuer = issuer == null ? "" : issuer;
    }

    @Override
    public String toString() {
        return issuer.isEmpty() ? "'" + patientId + "'" : "'" + patientId + "' (issuer '" + issuer + "')";
    }
}
