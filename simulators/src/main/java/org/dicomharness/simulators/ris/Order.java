package org.dicomharness.simulators.ris;

import java.time.LocalDateTime;
import java.util.Objects;
import org.dicomharness.simulators.CodedEntry;
import org.dicomharness.simulators.Patient;

/**
 * An imaging order as a RIS schedules it, with the identifiers the Modality Worklist will carry (IHE RAD TF-2
 * RAD-4; the Modality Worklist attributes of PS3.4 K.6.1.2), placed where the reference PACS's HL7 listener reads
 * them:
 *
 * <table>
 *   <caption>Where each value goes</caption>
 *   <tr><th>value</th><th>ORM^O01</th><th>OMI^O23</th></tr>
 *   <tr><td>Accession Number</td><td>OBR-18</td><td>IPC-1</td></tr>
 *   <tr><td>Requested Procedure ID</td><td>OBR-19</td><td>IPC-2</td></tr>
 *   <tr><td>Scheduled Procedure Step ID</td><td>OBR-20</td><td>IPC-4</td></tr>
 *   <tr><td>Scheduled Station AE Title</td><td>OBR-21</td><td>IPC-9</td></tr>
 *   <tr><td>Modality</td><td>OBR-24</td><td>IPC-5</td></tr>
 *   <tr><td>Study Instance UID</td><td>ZDS-1</td><td>IPC-3</td></tr>
 *   <tr><td>Scheduled Station Name</td><td>-</td><td>IPC-7</td></tr>
 *   <tr><td>start</td><td>OBR-27.4 and ORC-7.4</td><td>TQ1-7</td></tr>
 *   <tr><td>procedure code</td><td>OBR-4.1-3</td><td>OBR-4</td></tr>
 *   <tr><td>protocol code</td><td>OBR-4.4-6</td><td>IPC-6</td></tr>
 *   <tr><td>placer / filler order number</td><td>ORC-2 / ORC-3 and OBR-2 / OBR-3</td><td>same</td></tr>
 *   <tr><td>referring / requesting physician</td><td>PV1-8 / OBR-16</td><td>same</td></tr>
 *   <tr><td>admission ID</td><td>PV1-19</td><td>PV1-19</td></tr>
 * </table>
 *
 * @param type                 ORM^O01 or OMI^O23
 * @param control              Order Control (ORC-1)
 * @param patient              the patient (PID)
 * @param placerOrderNumber    ORC-2
 * @param fillerOrderNumber    ORC-3
 * @param accessionNumber      Accession Number
 * @param requestedProcedureId Requested Procedure ID
 * @param spsId                Scheduled Procedure Step ID
 * @param modality             Modality
 * @param stationAeTitle       Scheduled Station AE Title, or empty
 * @param stationName          Scheduled Station Name (OMI only), or empty
 * @param start                scheduled start, or {@code null}
 * @param studyInstanceUid     Study Instance UID, or empty
 * @param procedureCode        Requested Procedure Code (its meaning is the description), or {@code null}
 * @param protocolCode         Scheduled Protocol Code, or {@code null}
 * @param referringPhysician   PN, or empty
 * @param requestingPhysician  PN, or empty
 * @param admissionId          PV1-19, or empty
 */
public record Order(OrderMessageType type, OrderControl control, Patient patient, String placerOrderNumber,
                    String fillerOrderNumber, String accessionNumber, String requestedProcedureId, String spsId,
                    String modality, String stationAeTitle, String stationName, LocalDateTime start,
                    String studyInstanceUid, CodedEntry procedureCode, CodedEntry protocolCode,
                    String referringPhysician, String requestingPhysician, String admissionId) {

    public Order {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(patient, "patient");
        placerOrderNumber = Patient.orEmpty(placerOrderNumber);
        fillerOrderNumber = Patient.orEmpty(fillerOrderNumber);
        if (placerOrderNumber.isEmpty() && fillerOrderNumber.isEmpty()) {
            throw new IllegalArgumentException("an order needs a placer (ORC-2) or filler (ORC-3) order number");
        }
        accessionNumber = Patient.orEmpty(accessionNumber);
        requestedProcedureId = Patient.orEmpty(requestedProcedureId);
        spsId = Patient.orEmpty(spsId);
        modality = Patient.orEmpty(modality);
        stationAeTitle = Patient.orEmpty(stationAeTitle);
        stationName = Patient.orEmpty(stationName);
        studyInstanceUid = Patient.orEmpty(studyInstanceUid);
        referringPhysician = Patient.orEmpty(referringPhysician);
        requestingPhysician = Patient.orEmpty(requestingPhysician);
        admissionId = Patient.orEmpty(admissionId);
    }

    /**
     * A new order (NW) with one scheduled step; the filler order number is the accession number, a common RIS
     * convention, and the Study Instance UID is created here, as IHE RAD-4 has the Order Filler do.
     */
    public static Order newOrder(OrderMessageType type, Patient patient, String accessionNumber,
                                 String requestedProcedureId, String spsId, String modality) {
        return new Order(type, OrderControl.NW, patient, "P" + accessionNumber, accessionNumber, accessionNumber,
                requestedProcedureId, spsId, modality, "", "", null, org.dicomharness.dicom.Uid.random(), null, null, "",
                "", "");
    }

    public Order withControl(OrderControl c) {
        return new Order(type, c, patient, placerOrderNumber, fillerOrderNumber, accessionNumber, requestedProcedureId,
                spsId, modality, stationAeTitle, stationName, start, studyInstanceUid, procedureCode, protocolCode,
                referringPhysician, requestingPhysician, admissionId);
    }

    public Order withStation(String aeTitle, String name) {
        return new Order(type, control, patient, placerOrderNumber, fillerOrderNumber, accessionNumber,
                requestedProcedureId, spsId, modality, aeTitle, name, start, studyInstanceUid, procedureCode,
                protocolCode, referringPhysician, requestingPhysician, admissionId);
    }

    public Order withStart(LocalDateTime t) {
        return new Order(type, control, patient, placerOrderNumber, fillerOrderNumber, accessionNumber,
                requestedProcedureId, spsId, modality, stationAeTitle, stationName, t, studyInstanceUid, procedureCode,
                protocolCode, referringPhysician, requestingPhysician, admissionId);
    }

    public Order withStudyInstanceUid(String uid) {
        return new Order(type, control, patient, placerOrderNumber, fillerOrderNumber, accessionNumber,
                requestedProcedureId, spsId, modality, stationAeTitle, stationName, start, uid, procedureCode,
                protocolCode, referringPhysician, requestingPhysician, admissionId);
    }

    public Order withCodes(CodedEntry procedure, CodedEntry protocol) {
        return new Order(type, control, patient, placerOrderNumber, fillerOrderNumber, accessionNumber,
                requestedProcedureId, spsId, modality, stationAeTitle, stationName, start, studyInstanceUid, procedure,
                protocol, referringPhysician, requestingPhysician, admissionId);
    }

    public Order withPhysicians(String referring, String requesting) {
        return new Order(type, control, patient, placerOrderNumber, fillerOrderNumber, accessionNumber,
                requestedProcedureId, spsId, modality, stationAeTitle, stationName, start, studyInstanceUid,
                procedureCode, protocolCode, referring, requesting, admissionId);
    }

    public Order withAccessionNumber(String accession) {
        return new Order(type, control, patient, placerOrderNumber, fillerOrderNumber, accession, requestedProcedureId,
                spsId, modality, stationAeTitle, stationName, start, studyInstanceUid, procedureCode, protocolCode,
                referringPhysician, requestingPhysician, admissionId);
    }
}
