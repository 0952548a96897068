package org.dicomharness.pacs.hl7;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.v25.message.OMI_O23;
import ca.uhn.hl7v2.model.v25.message.ORM_O01;
import ca.uhn.hl7v2.protocol.ReceivingApplication;
import ca.uhn.hl7v2.protocol.ReceivingApplicationExceptionHandler;
import ca.uhn.hl7v2.util.Terser;
import java.io.IOException;
import java.util.Map;
import org.dicomharness.pacs.index.EventLog;
import org.dicomharness.pacs.index.IndexException;
import org.dicomharness.pacs.index.PacsEvent.Kind;
import org.dicomharness.pacs.index.PatientKey;
import org.dicomharness.pacs.reconcile.PatientService;
import org.dicomharness.pacs.reconcile.WorkflowException;
import org.dicomharness.pacs.worklist.OrderService;

/**
 * The PACS's HL7 v2 receiving application: ADT^A01/A04 (register), A08 (update), A40 (merge), ORM^O01 and OMI^O23
 * (orders). Answers with an original-mode acknowledgement (HL7 v2.5 2.9.2): AA when the message was applied; AE
 * with ERR (HL7 Table 0357 code in ERR-3, the reason in ERR-8 and MSA-3) when its content is refused (unknown
 * patient or order 204, duplicate or self merge 205, missing field 101, bad value 102/103); AR when its type or
 * event is not supported (200/201). A refused message changes nothing. Messages that do not parse never reach
 * this class: HAPI answers AE with the parser's error, and {@link #parseFailures()} records them.
 */
final class RisApplication implements ReceivingApplication<Message> {

    private final PatientService patients;
    private final OrderService orders;
    private final EventLog events;

    RisApplication(PatientService patients, OrderService orders, EventLog events) {
        this.patients = patients;
        this.orders = orders;
        this.events = events;
    }

    @Override
    public boolean canProcess(Message message) {
        return true;
    }

    @Override
    public Message processMessage(Message message, Map<String, Object> metadata) throws HL7Exception {
        Terser terser = new Terser(message);
        String type = terser.get("/MSH-9-1");
        String event = terser.get("/MSH-9-2");
        String controlId = terser.get("/MSH-10");
        try {
            String done = dispatch(message, type == null ? "" : type, event == null ? "" : event, controlId);
            return ack(message, AcknowledgmentCode.AA, null, done);
        } catch (Hl7Rejection r) {
            return reject(message, type + "^" + event, controlId, r);
        } catch (WorkflowException w) {
            return reject(message, type + "^" + event, controlId, rejection(w));
        } catch (IndexException e) {
            // The index is down: AE 207 tells the sender to retry later; nothing was committed.
            return reject(message, type + "^" + event, controlId, new Hl7Rejection(AcknowledgmentCode.AE,
                    ErrorCode.APPLICATION_INTERNAL_ERROR, "the PACS index is unavailable: " + e.getMessage()));
        }
    }

    private String dispatch(Message message, String type, String event, String controlId)
            throws HL7Exception, Hl7Rejection {
        switch (type) {
            case "ADT" -> {
                return adt(message, event, controlId);
            }
            case "ORM" -> {
                if (!event.equals("O01") || !(message instanceof ORM_O01 orm)) {
                    throw unsupportedEvent(type, event, "O01");
                }
                OrderMessages.Parsed parsed = OrderMessages.orm(orm);
                orders.apply(parsed.patient(), parsed.actions(), "HL7 " + controlId);
                return parsed.actions().size() + " order action(s) applied";
            }
            case "OMI" -> {
                if (!event.equals("O23") || !(message instanceof OMI_O23 omi)) {
                    throw unsupportedEvent(type, event, "O23");
                }
                OrderMessages.Parsed parsed = OrderMessages.omi(omi);
                orders.apply(parsed.patient(), parsed.actions(), "HL7 " + controlId);
                return parsed.actions().size() + " order action(s) applied";
            }
            default -> throw new Hl7Rejection(AcknowledgmentCode.AR, ErrorCode.UNSUPPORTED_MESSAGE_TYPE,
                    "message type '" + type + "' is not supported; this PACS accepts ADT, ORM and OMI");
        }
    }

    private String adt(Message message, String event, String controlId) throws HL7Exception, Hl7Rejection {
        if (event.equals("A40")) {
            // ADT_A39 structure: the PID/MRG pair sits in the PATIENT group.
            Terser t = new Terser(message);
            Segment mergePid = t.getSegment("/PATIENT/PID");
            Segment mrg = t.getSegment("/PATIENT/MRG");
            String priorId = Hl7Fields.get(mrg, 1, 0, 1, 1);
            if (priorId == null || priorId.isEmpty()) {
                throw new Hl7Rejection(AcknowledgmentCode.AE, ErrorCode.REQUIRED_FIELD_MISSING,
                        "MRG-1 (prior patient identifier) is empty: nothing to merge");
            }
            PatientKey prior = new PatientKey(priorId, Hl7Fields.get(mrg, 1, 0, 4, 1));
            int studies = patients.merge(prior, Hl7Fields.patient(mergePid), controlId);
            return "patient " + prior + " merged, " + studies + " stud" + (studies == 1 ? "y" : "ies") + " moved";
        }
        if (!event.equals("A01") && !event.equals("A04") && !event.equals("A08")) {
            throw unsupportedEvent("ADT", event, "A01, A04, A08, A40");
        }
        Segment pid = (Segment) message.get("PID");
        switch (event) {
            case "A01", "A04" -> {
                patients.register(Hl7Fields.patient(pid));
                return "patient registered";
            }
            case "A08" -> {
                patients.update(Hl7Fields.patient(pid));
                return "patient updated";
            }
            default -> throw unsupportedEvent("ADT", event, "A01, A04, A08, A40");
        }
    }

    private static Hl7Rejection unsupportedEvent(String type, String event, String supported) {
        return new Hl7Rejection(AcknowledgmentCode.AR, ErrorCode.UNSUPPORTED_EVENT_CODE, "event " + event + " of "
                + type + " is not supported; this PACS accepts " + type + " " + supported);
    }

    private static Hl7Rejection rejection(WorkflowException w) {
        ErrorCode code = switch (w.reason()) {
            case UNKNOWN_PATIENT, UNKNOWN_ORDER -> ErrorCode.UNKNOWN_KEY_IDENTIFIER;
            case DUPLICATE_ORDER, SELF_MERGE -> ErrorCode.DUPLICATE_KEY_IDENTIFIER;
            case MISSING_VALUE -> ErrorCode.REQUIRED_FIELD_MISSING;
            case INVALID -> ErrorCode.DATA_TYPE_ERROR;
        };
        return new Hl7Rejection(AcknowledgmentCode.AE, code, w.getMessage());
    }

    private Message reject(Message message, String what, String controlId, Hl7Rejection r) throws HL7Exception {
        events.record(Kind.HL7_REJECTED, null, null, null, what + " (MSH-10 " + controlId + ") "
                + r.ackCode().name() + " " + r.errorCode().getCode() + ": " + r.getMessage());
        return ack(message, r.ackCode(), r, null);
    }

    private static Message ack(Message message, AcknowledgmentCode code, Hl7Rejection r, String text)
            throws HL7Exception {
        try {
            Message ack = r == null ? message.generateACK()
                    : message.generateACK(code, new HL7Exception(r.getMessage(), r.errorCode()));
            Terser t = new Terser(ack);
            if (r != null) {
                t.set("/MSA-3", truncate(r.getMessage(), 80));
                fillErr(t, r.errorCode(), r.getMessage());
            } else if (text != null) {
                t.set("/MSA-3", truncate(text, 80));
            }
            return ack;
        } catch (IOException e) {
            throw new HL7Exception("cannot build the acknowledgement: " + e.getMessage(), e);
        }
    }

    /**
     * ERR as HL7 v2.5 defines it (ERR-3 code from Table 0357, ERR-4 severity E, ERR-8 user message), plus ERR-1
     * (ELD, the v2.3.1 form that v2.5 keeps for backward compatibility) so that 2.3.1 senders read the code too.
     */
    static void fillErr(Terser t, ErrorCode code, String message) throws HL7Exception {
        t.set("/ERR-1-4-1", Integer.toString(code.getCode()));
        t.set("/ERR-1-4-2", code.getMessage());
        t.set("/ERR-1-4-3", "HL70357");
        t.set("/ERR-3-1", Integer.toString(code.getCode()));
        t.set("/ERR-3-2", code.getMessage());
        t.set("/ERR-3-3", "HL70357");
        t.set("/ERR-3-9", "");
        t.set("/ERR-4", "E");
        t.set("/ERR-8", truncate(message, 250));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    /**
     * Messages HAPI could not parse: HAPI builds the AE from the message header; this handler sets the error code
     * the failure deserves (102 Data type error for a value that breaks its HL7 data type, 100 Segment sequence
     * error for a structure the message type does not have) with the parser's reason in ERR-8, and records it.
     */
    ReceivingApplicationExceptionHandler parseFailures(ca.uhn.hl7v2.parser.Parser parser) {
        return (incoming, metadata, outgoing, e) -> {
            String reason = rootMessage(e);
            events.record(Kind.HL7_REJECTED, null, null, null, "message does not parse: " + reason);
            try {
                Message nak = parser.parse(outgoing);
                ErrorCode code = e instanceof ca.uhn.hl7v2.model.DataTypeException
                        || e.getCause() instanceof ca.uhn.hl7v2.validation.ValidationException
                        ? ErrorCode.DATA_TYPE_ERROR
                        : e instanceof HL7Exception h && h.getError() != null
                        && h.getError() != ErrorCode.APPLICATION_INTERNAL_ERROR
                        ? h.getError() : ErrorCode.SEGMENT_SEQUENCE_ERROR;
                Terser t = new Terser(nak);
                addressBack(t, incoming);
                t.set("/MSA-3", truncate("message does not parse: " + reason, 80));
                fillErr(t, code, "message does not parse: " + reason);
                return parser.encode(nak);
            } catch (HL7Exception ex) {
                return outgoing;
            }
        };
    }

    /**
     * When HAPI could not read the header either, the NAK it built names nobody: address it back to the sender
     * (MSH-5/6 of the acknowledgement are MSH-3/4 of the message, HL7 v2.5 2.9.2) and give the trigger event, read
     * from the raw MSH segment.
     */
    private static void addressBack(Terser nak, String incoming) throws HL7Exception {
        if (incoming == null || incoming.length() < 8 || !incoming.startsWith("MSH")) {
            return;
        }
        if (nak.get("/MSH-5") != null && !nak.get("/MSH-5").isEmpty()) {
            return;
        }
        char fieldSeparator = incoming.charAt(3);
        char componentSeparator = incoming.charAt(4);
        int end = incoming.indexOf('\r');
        String[] msh = (end < 0 ? incoming : incoming.substring(0, end)).split(
                java.util.regex.Pattern.quote(String.valueOf(fieldSeparator)), -1);
        // msh[0] is "MSH", msh[1] the encoding characters (MSH-2): MSH-n is msh[n - 1].
        String[][] copies = {{"/MSH-3", field(msh, 5, componentSeparator)}, {"/MSH-4", field(msh, 6,
                componentSeparator)}, {"/MSH-5", field(msh, 3, componentSeparator)}, {"/MSH-6", field(msh, 4,
                componentSeparator)}};
        for (String[] c : copies) {
            if (!c[1].isEmpty()) {
                nak.set(c[0], c[1]);
            }
        }
        String[] type = msh.length > 8 ? msh[8].split(java.util.regex.Pattern.quote(String.valueOf(
                componentSeparator)), -1) : new String[0];
        if (type.length > 1 && !type[1].isEmpty()) {
            nak.set("/MSH-9-2", type[1]);
        }
    }

    /** The first component of MSH-{@code n}, or "". */
    private static String field(String[] msh, int n, char componentSeparator) {
        if (msh.length <= n - 1) {
            return "";
        }
        String value = msh[n - 1];
        int cut = value.indexOf(componentSeparator);
        return cut < 0 ? value : value.substring(0, cut);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
