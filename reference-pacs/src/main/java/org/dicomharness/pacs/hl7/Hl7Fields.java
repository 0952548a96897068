package org.dicomharness.pacs.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.util.Terser;
import org.dicomharness.pacs.index.PatientKey;
import org.dicomharness.pacs.reconcile.PatientDemographics;

/** Reads HL7 v2 fields into DICOM forms: names to PN, TS to DA/TM, PID to patient demographics. */
final class Hl7Fields {

    private Hl7Fields() {
    }

    /** A component, {@code null} when empty; the HL7 null {@code ""} comes back as the empty string. */
    static String get(Segment segment, int field, int component) throws HL7Exception {
        return get(segment, field, 0, component, 1);
    }

    static String get(Segment segment, int field, int repetition, int component, int subcomponent)
            throws HL7Exception {
        if (segment == null || segment.isEmpty()) {
            return null;
        }
        String value = Terser.get(segment, field, repetition, component, subcomponent);
        if (value == null || value.isBlank()) {
            return null;
        }
        return "\"\"".equals(value) ? "" : value.strip();
    }

    /**
     * PID-3 (first identifier: CX.1, assigning authority CX.4.1 as Issuer of Patient ID), PID-5 (XPN to PN),
     * PID-7 (TS, date part), PID-8 (administrative sex; U is no DICOM value and becomes empty).
     */
    static PatientDemographics patient(Segment pid) throws HL7Exception {
        String id = get(pid, 3, 0, 1, 1);
        String issuer = get(pid, 3, 0, 4, 1);
        String birth = get(pid, 7, 1);
        String sex = get(pid, 8, 1);
        if (sex != null && !sex.isEmpty() && !sex.equals("M") && !sex.equals("F") && !sex.equals("O")) {
            sex = "";
        }
        return new PatientDemographics(new PatientKey(id, issuer), xpn(pid, 5), birth == null || birth.isEmpty()
                ? birth : birth.substring(0, Math.min(8, birth.length())), sex);
    }

    /** XPN (family FN.1, given, further given, suffix, prefix) as DICOM PN family^given^middle^prefix^suffix. */
    static String xpn(Segment segment, int field) throws HL7Exception {
        String family = get(segment, field, 0, 1, 1);
        if ("".equals(family)) {
            return "";
        }
        return pn(family, get(segment, field, 0, 2, 1), get(segment, field, 0, 3, 1),
                get(segment, field, 0, 5, 1), get(segment, field, 0, 4, 1));
    }

    /** XCN (ID, family FN.1, given, middle, suffix, prefix) as DICOM PN. */
    static String xcn(Segment segment, int field) throws HL7Exception {
        return pn(get(segment, field, 0, 2, 1), get(segment, field, 0, 3, 1), get(segment, field, 0, 4, 1),
                get(segment, field, 0, 6, 1), get(segment, field, 0, 5, 1));
    }

    private static String pn(String... parts) {
        StringBuilder out = new StringBuilder();
        int last = -1;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] != null && !parts[i].isEmpty()) {
                last = i;
            }
        }
        if (last < 0) {
            return null;
        }
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                out.append('^');
            }
            out.append(parts[i] == null ? "" : parts[i]);
        }
        return out.toString();
    }

    /** The date part (YYYYMMDD) of an HL7 TS, or {@code null}. */
    static String date(String ts) {
        return ts == null || ts.length() < 8 ? null : ts.substring(0, 8);
    }

    /** The time part (HHMM[SS[.S...]]) of an HL7 TS without its time zone, or {@code null}. */
    static String time(String ts) {
        if (ts == null || ts.length() <= 8) {
            return null;
        }
        String t = ts.substring(8);
        int zone = Math.max(t.indexOf('+'), t.indexOf('-'));
        return zone >= 0 ? t.substring(0, zone) : t;
    }
}
