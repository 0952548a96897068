package org.dicomharness.pacs.hl7;

/** HL7 v2 test messages in ER7 form (segments separated by CR), as a RIS and an ADT system send them. */
public final class Hl7Messages {

    private Hl7Messages() {
    }

    public static String msh(String type, String controlId, String version) {
        return "MSH|^~\\&|RIS|HOSP|PACS|HOSP|20240110080000||" + type + "|" + controlId + "|P|" + version;
    }

    public static String pid(String id, String family, String given, String birth, String sex) {
        return "PID|1||" + id + "^^^HOSP||" + family + "^" + given + "||" + birth + "|" + sex;
    }

    public static String adt(String event, String controlId, String pid) {
        return String.join("\r", msh("ADT^" + event, controlId, "2.5"), "EVN|" + event + "|20240110080000", pid,
                "PV1|1|O") + "\r";
    }

    public static String merge(String controlId, String survivingPid, String priorId) {
        return String.join("\r", msh("ADT^A40^ADT_A39", controlId, "2.5"), "EVN|A40|20240110080000", survivingPid,
                "MRG|" + priorId + "^^^HOSP") + "\r";
    }

    /** RAD-4 ORM^O01 in HL7 2.3.1 with ZDS. */
    public static String orm(String controlId, String control, String pid, String placer, String filler, String accession,
                      String rpId, String spsId, String stationAe, String modality, String start, String studyUid) {
        return String.join("\r", msh("ORM^O01", controlId, "2.3.1"), pid,
                "PV1|1|O||||||^Ref^Rita|||||||||||V123",
                "ORC|" + control + "|" + placer + "|" + filler + "||SC||^^^" + start,
                "OBR|1|" + placer + "|" + filler + "|CTHEAD^CT head^99LOCAL^P1^CT head protocol^99LOCAL|||||||||||"
                        + "|^Req^Rolf||" + accession + "|" + rpId + "|" + spsId + "|" + stationAe + "|||" + modality
                        + "|||^^^" + start,
                "ZDS|" + studyUid + "^100^Application^DICOM") + "\r";
    }

    /** RAD-4 OMI^O23 in HL7 2.5.1 with TQ1 and IPC. */
    public static String omi(String controlId, String control, String pid, String placer, String filler, String accession,
                      String rpId, String spsId, String stationAe, String modality, String start, String studyUid) {
        return String.join("\r", msh("OMI^O23^OMI_O23", controlId, "2.5.1"), pid, "PV1|1|O",
                "ORC|" + control + "|" + placer + "|" + filler + "||SC",
                "TQ1|1||||||" + start,
                "OBR|1|" + placer + "|" + filler + "|MRKNEE^MR knee^99LOCAL",
                "IPC|" + accession + "|" + rpId + "|" + studyUid + "|" + spsId + "|" + modality
                        + "|P-KNEE^Knee protocol^99LOCAL|MR room 1||" + stationAe) + "\r";
    }

    /** The value of a field (1-based, MSH counted as HL7 does: MSH-1 is the separator) of a segment of an ACK. */
    public static String field(String message, String segment, int field) {
        for (String line : message.split("\r")) {
            if (line.startsWith(segment + "|")) {
                String[] parts = line.split("\\|", -1);
                int index = segment.equals("MSH") ? field - 1 : field;
                return index < parts.length ? unescape(parts[index]) : "";
            }
        }
        return null;
    }

    /** HL7 escape sequences (v2.5 2.7.4) back to their characters. */
    private static String unescape(String s) {
        return s.replace("\\S\\", "^").replace("\\F\\", "|").replace("\\T\\", "&").replace("\\R\\", "~")
                .replace("\\E\\", "\\");
    }
}
