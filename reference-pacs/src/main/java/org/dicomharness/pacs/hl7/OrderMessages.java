package org.dicomharness.pacs.hl7;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.v25.group.OMI_O23_ORDER;
import ca.uhn.hl7v2.model.v25.group.OMI_O23_TIMING;
import ca.uhn.hl7v2.model.v25.group.ORM_O01_ORDER;
import ca.uhn.hl7v2.model.v25.message.OMI_O23;
import ca.uhn.hl7v2.model.v25.message.ORM_O01;
import ca.uhn.hl7v2.model.v25.segment.IPC;
import ca.uhn.hl7v2.util.Terser;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.pacs.reconcile.PatientDemographics;
import org.dicomharness.pacs.worklist.Code;
import org.dicomharness.pacs.worklist.OrderAction;
import org.dicomharness.pacs.worklist.ScheduledStep;
import org.dicomharness.pacs.worklist.WorklistStatus;

/**
 * Turns ORM^O01 and OMI^O23 into order actions with the field mapping of IHE RAD TF-2 RAD-4 / RAD-13:
 *
 * <table>
 *   <caption>HL7 to DICOM Modality Worklist</caption>
 *   <tr><th>DICOM</th><th>ORM^O01 (HL7 2.3.1 and later)</th><th>OMI^O23 (HL7 2.5)</th></tr>
 *   <tr><td>Accession Number</td><td>OBR-18</td><td>IPC-1</td></tr>
 *   <tr><td>Requested Procedure ID</td><td>OBR-19</td><td>IPC-2</td></tr>
 *   <tr><td>Scheduled Procedure Step ID</td><td>OBR-20</td><td>IPC-4</td></tr>
 *   <tr><td>Modality</td><td>OBR-24</td><td>IPC-5</td></tr>
 *   <tr><td>Study Instance UID</td><td>ZDS-1</td><td>IPC-3</td></tr>
 *   <tr><td>Scheduled Station AE Title</td><td>OBR-21 (local convention: RAD-4 in 2.3.1 has no field)</td>
 *       <td>IPC-9</td></tr>
 *   <tr><td>Scheduled Station Name</td><td>-</td><td>IPC-7</td></tr>
 *   <tr><td>SPS Start Date/Time</td><td>OBR-27.4, else ORC-7.4</td><td>TQ1-7</td></tr>
 *   <tr><td>Requested Procedure Code Sequence / Description</td><td>OBR-4.1-3 / OBR-4.2</td>
 *       <td>OBR-44, else OBR-4</td></tr>
 *   <tr><td>Scheduled Protocol Code Sequence</td><td>OBR-4.4-6</td><td>IPC-6</td></tr>
 *   <tr><td>Placer / Filler Order Number</td><td>ORC-2 / ORC-3 (else OBR-2 / OBR-3)</td><td>same</td></tr>
 *   <tr><td>Requesting Physician / Referring Physician's Name</td><td>OBR-16 / PV1-8</td><td>same</td></tr>
 *   <tr><td>Admission ID</td><td>PV1-19</td><td>PV1-19</td></tr>
 * </table>
 *
 * Order control (ORC-1): NW schedules, XO and SC change, CA cancels, DC discontinues. The order is identified by
 * its filler order number, else its placer order number.
 */
final class OrderMessages {

    /** The patient and the actions of one order message. */
    record Parsed(PatientDemographics patient, List<OrderAction> actions) {
    }

    private OrderMessages() {
    }

    /**
     * ZDS-1 (IHE RAD TF-2 4.4.4.1.2.2), or {@code null} when the message has no ZDS segment: a RIS need not send one,
     * and the Order Filler then assigns the Study Instance UID.
     */
    private static String studyInstanceUid(ORM_O01 message) throws HL7Exception {
        // HAPI files a Z segment inside whichever group it follows; the Terser's search fails when there is none.
        String encoded = message.encode();
        if (!encoded.contains("\rZDS|") && !encoded.contains("\nZDS|")) {
            return null;
        }
        return new Terser(message).get("/.ZDS-1-1");
    }

    static Parsed orm(ORM_O01 message) throws HL7Exception, Hl7Rejection {
        Segment pid = message.getPATIENT().getPID();
        Segment pv1 = message.getPATIENT().getPATIENT_VISIT().getPV1();
        String studyUid = studyInstanceUid(message);
        List<OrderAction> actions = new ArrayList<>();
        for (ORM_O01_ORDER order : message.getORDERAll()) {
            Segment orc = order.getORC();
            Segment obr = order.getORDER_DETAIL().getOBR();
            String start = first(Hl7Fields.get(obr, 27, 0, 4, 1), Hl7Fields.get(orc, 7, 0, 4, 1));
            String control = control(orc);
            String orderKey = orderKey(orc, obr);
            if (isCancel(control)) {
                actions.add(cancel(control, orderKey));
                continue;
            }
            ScheduledStep step = new ScheduledStep(orderKey, placer(orc, obr), filler(orc, obr),
                    Hl7Fields.get(obr, 18, 1), Hl7Fields.get(obr, 19, 1), Hl7Fields.get(obr, 4, 2),
                    Code.ofNullable(Hl7Fields.get(obr, 4, 1), Hl7Fields.get(obr, 4, 3), Hl7Fields.get(obr, 4, 2)),
                    studyUid, Hl7Fields.get(obr, 20, 1),
                    first(Hl7Fields.get(obr, 4, 5), Hl7Fields.get(obr, 4, 2)),
                    Code.ofNullable(Hl7Fields.get(obr, 4, 4), Hl7Fields.get(obr, 4, 6), Hl7Fields.get(obr, 4, 5)),
                    Hl7Fields.get(obr, 24, 1), Hl7Fields.get(obr, 21, 1), null, Hl7Fields.date(start),
                    Hl7Fields.time(start), null, Hl7Fields.xcn(pv1, 8), Hl7Fields.xcn(obr, 16),
                    Hl7Fields.get(pv1, 19, 1));
            actions.add(action(control, step));
        }
        return new Parsed(patientOrNull(pid), actions);
    }

    static Parsed omi(OMI_O23 message) throws HL7Exception, Hl7Rejection {
        Segment pid = message.getPATIENT().getPID();
        Segment pv1 = message.getPATIENT().getPATIENT_VISIT().getPV1();
        List<OrderAction> actions = new ArrayList<>();
        for (OMI_O23_ORDER order : message.getORDERAll()) {
            Segment orc = order.getORC();
            Segment obr = order.getOBR();
            String control = control(orc);
            String orderKey = orderKey(orc, obr);
            if (isCancel(control)) {
                actions.add(cancel(control, orderKey));
                continue;
            }
            String start = null;
            for (OMI_O23_TIMING timing : order.getTIMINGAll()) {
                start = first(start, Hl7Fields.get(timing.getTQ1(), 7, 1));
            }
            boolean procedureCode = Hl7Fields.get(obr, 44, 1) != null;
            int codeField = procedureCode ? 44 : 4;
            for (IPC ipc : order.getIPCAll()) {
                ScheduledStep step = new ScheduledStep(orderKey, placer(orc, obr), filler(orc, obr),
                        Hl7Fields.get(ipc, 1, 1), Hl7Fields.get(ipc, 2, 1), Hl7Fields.get(obr, codeField, 2),
                        Code.ofNullable(Hl7Fields.get(obr, codeField, 1), Hl7Fields.get(obr, codeField, 3),
                                Hl7Fields.get(obr, codeField, 2)),
                        Hl7Fields.get(ipc, 3, 1), Hl7Fields.get(ipc, 4, 1),
                        first(Hl7Fields.get(ipc, 6, 2), Hl7Fields.get(obr, codeField, 2)),
                        Code.ofNullable(Hl7Fields.get(ipc, 6, 1), Hl7Fields.get(ipc, 6, 3), Hl7Fields.get(ipc, 6, 2)),
                        Hl7Fields.get(ipc, 5, 1), Hl7Fields.get(ipc, 9, 1), Hl7Fields.get(ipc, 7, 1),
                        Hl7Fields.date(start), Hl7Fields.time(start), null, Hl7Fields.xcn(pv1, 8),
                        Hl7Fields.xcn(obr, 16), Hl7Fields.get(pv1, 19, 1));
                actions.add(action(control, step));
            }
            if (order.getIPCAll().isEmpty()) {
                throw new Hl7Rejection(AcknowledgmentCode.AE, ErrorCode.REQUIRED_FIELD_MISSING, "order " + orderKey
                        + " has no IPC segment: OMI^O23 carries its Accession Number and steps there (IHE RAD-4)");
            }
        }
        return new Parsed(patientOrNull(pid), actions);
    }

    private static OrderAction action(String control, ScheduledStep step) throws Hl7Rejection {
        return switch (control) {
            case "NW" -> new OrderAction.Schedule(step);
            case "XO", "SC" -> new OrderAction.Change(step);
            default -> throw new Hl7Rejection(AcknowledgmentCode.AE, ErrorCode.TABLE_VALUE_NOT_FOUND,
                    "order control (ORC-1) '" + control + "' is not one this PACS handles: NW, XO, SC, CA, DC");
        };
    }

    private static boolean isCancel(String control) {
        return control.equals("CA") || control.equals("DC");
    }

    private static OrderAction cancel(String control, String orderKey) {
        return new OrderAction.Cancel(orderKey, control.equals("CA") ? WorklistStatus.CANCELED
                : WorklistStatus.DISCONTINUED);
    }

    private static String control(Segment orc) throws HL7Exception, Hl7Rejection {
        String control = Hl7Fields.get(orc, 1, 1);
        if (control == null || control.isEmpty()) {
            throw new Hl7Rejection(AcknowledgmentCode.AE, ErrorCode.REQUIRED_FIELD_MISSING,
                    "order control (ORC-1) is empty");
        }
        return control;
    }

    private static String orderKey(Segment orc, Segment obr) throws HL7Exception, Hl7Rejection {
        String key = first(filler(orc, obr), placer(orc, obr));
        if (key == null) {
            throw new Hl7Rejection(AcknowledgmentCode.AE, ErrorCode.REQUIRED_FIELD_MISSING,
                    "the order has neither a filler (ORC-3) nor a placer (ORC-2) order number");
        }
        return key;
    }

    private static String placer(Segment orc, Segment obr) throws HL7Exception {
        return first(Hl7Fields.get(orc, 2, 1), Hl7Fields.get(obr, 2, 1));
    }

    private static String filler(Segment orc, Segment obr) throws HL7Exception {
        return first(Hl7Fields.get(orc, 3, 1), Hl7Fields.get(obr, 3, 1));
    }

    private static PatientDemographics patientOrNull(Segment pid) throws HL7Exception {
        return Hl7Fields.get(pid, 3, 0, 1, 1) == null ? null : Hl7Fields.patient(pid);
    }

    private static String first(String a, String b) {
        return a != null && !a.isEmpty() ? a : b != null && !b.isEmpty() ? b : null;
    }
}
