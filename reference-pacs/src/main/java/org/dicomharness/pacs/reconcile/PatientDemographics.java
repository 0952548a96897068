package org.dicomharness.pacs.reconcile;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.index.PatientKey;
import org.dicomharness.pacs.index.Utf8Datasets;

/**
 * A patient as an ADT message or an order gives it. For {@code name}, {@code birthDate} and {@code sex}:
 * {@code null} means "not sent, leave as is" and the empty string means "delete the value" (the HL7 {@code ""}).
 *
 * @param key       Patient ID (0010,0020) and Issuer of Patient ID (0010,0021)
 * @param name      Patient's Name (0010,0010), DICOM PN form ({@code Family^Given^Middle^Prefix^Suffix})
 * @param birthDate Patient's Birth Date (0010,0030), DA
 * @param sex       Patient's Sex (0010,0040): M, F or O
 */
public record PatientDemographics(PatientKey key, String name, String birthDate, String sex) {

    public PatientDemographics {
        if (key == null || key.patientId().isBlank()) {
            throw new WorkflowException(WorkflowException.Reason.MISSING_VALUE, "the patient has no Patient ID");
        }
        if (key.patientId().length() > 64) {
            throw new WorkflowException(WorkflowException.Reason.INVALID, "Patient ID '" + key.patientId()
                    + "' is longer than the 64 characters of LO (PS3.5 Table 6.2-1)");
        }
        if (birthDate != null && !birthDate.isEmpty() && !birthDate.matches("\\d{8}")) {
            throw new WorkflowException(WorkflowException.Reason.INVALID, "birth date '" + birthDate
                    + "' is not YYYYMMDD");
        }
    }

    /** The Patient-level attributes of a new patient, in UTF-8. */
    public Dataset toDataset() {
        return applyTo(new Dataset());
    }

    /** {@code existing} (any character set) with these demographics applied, in UTF-8. */
    public Dataset applyTo(Dataset existing) {
        Dataset out = Utf8Datasets.toUtf8(existing);
        out.setString(Tags.PatientID, VR.LO, key.patientId());
        if (!key.issuer().isEmpty()) {
            out.setString(Tags.IssuerOfPatientID, VR.LO, key.issuer());
        } else {
            out.remove(Tags.IssuerOfPatientID);
        }
        set(out, Tags.PatientName, VR.PN, name);
        set(out, Tags.PatientBirthDate, VR.DA, birthDate);
        set(out, Tags.PatientSex, VR.CS, sex);
        return out;
    }

    private static void set(Dataset ds, int tag, VR vr, String value) {
        if (value == null) {
            if (!ds.contains(tag)) {
                ds.put(tag, vr, ByteValue.EMPTY);
            }
        } else if (value.isEmpty()) {
            ds.put(tag, vr, ByteValue.EMPTY);
        } else {
            ds.setString(tag, vr, value);
        }
    }
}
