package org.dicomharness.simulators.ris;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.app.Initiator;
import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.model.AbstractMessage;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v25.message.ADT_A01;
import ca.uhn.hl7v2.model.v25.message.ADT_A39;
import ca.uhn.hl7v2.model.v25.message.OMI_O23;
import ca.uhn.hl7v2.model.v25.message.ORM_O01;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.dicomharness.simulators.CodedEntry;
import org.dicomharness.simulators.Patient;

/**
 * A simulated RIS / ADT system (IHE Order Filler and ADT actors): sends orders (ORM^O01, OMI^O23) and patient
 * messages (ADT^A01, A08, A40) over MLLP with HAPI HL7 v2, and returns the receiver's acknowledgement as a record.
 * Messages are built in the HL7 2.5 structures; nothing is thrown for a negative acknowledgement: that is a result.
 */
public final class RisSimulator implements AutoCloseable {

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final RisConfig config;
    private final ExecutorService threads;
    private final HapiContext context;

    public RisSimulator(RisConfig config) {
        this.config = config;
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "ris-hl7");
            t.setDaemon(true);
            return t;
        });
        this.context = new DefaultHapiContext(threads);
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
        // HAPI's default message-ID generator keeps a counter file in the working directory.
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
    }

    public RisSimulator() {
        this(RisConfig.defaults());
    }

    // ------------------------------------------------------------------------------------------ orders

    /** Sends an order (IHE RAD-4 / RAD-13) and waits for the acknowledgement. */
    public Hl7Ack sendOrder(String host, int port, Order order) {
        Message message;
        try {
            message = order.type() == OrderMessageType.ORM_O01 ? orm(order) : omi(order);
        } catch (HL7Exception | IOException e) {
            return new Hl7Ack(null, "", "", "", "", "", "", "the order cannot be built: " + e.getMessage());
        }
        return send(host, port, message);
    }

    /** ORM^O01 as IHE RAD-4 defines it for HL7 2.3.1 (built in the 2.5 structure), with the ZDS segment. */
    Message orm(Order o) throws HL7Exception, IOException {
        ORM_O01 m = context.newMessage(ORM_O01.class);
        m.initQuickstart("ORM", "O01", "P");
        Terser t = header(m);
        patient(t, "/PATIENT/PID", o.patient());
        visit(t, "/PATIENT/PATIENT_VISIT/PV1", o);
        String orc = "/ORDER/ORC";
        String obr = "/ORDER/ORDER_DETAIL/OBR";
        orderControl(t, orc, o);
        set(t, orc + "-7-4", ts(o.start()));
        set(t, obr + "-1", "1");
        set(t, obr + "-2", o.placerOrderNumber());
        set(t, obr + "-3", o.fillerOrderNumber());
        code(t, obr + "-4", 1, o.procedureCode());
        code(t, obr + "-4", 4, o.protocolCode());
        xcn(t, obr + "-16", o.requestingPhysician());
        set(t, obr + "-18", o.accessionNumber());
        set(t, obr + "-19", o.requestedProcedureId());
        set(t, obr + "-20", o.spsId());
        set(t, obr + "-21", o.stationAeTitle());
        set(t, obr + "-24", o.modality());
        set(t, obr + "-27-4", ts(o.start()));
        if (!o.studyInstanceUid().isEmpty()) {
            // ZDS-1 (RP): Study Instance UID ^ 100 ^ Application ^ DICOM (IHE RAD TF-2 4.4.4.1.2.2.3).
            m.addNonstandardSegment("ZDS");
            t.set("/ZDS-1-1", o.studyInstanceUid());
            t.set("/ZDS-1-2", "100");
            t.set("/ZDS-1-3", "Application");
            t.set("/ZDS-1-4", "DICOM");
        }
        return m;
    }

    /** OMI^O23 (HL7 2.5, IHE RAD-4 for 2.5.1): the DICOM identifiers in IPC, the start in TQ1. */
    Message omi(Order o) throws HL7Exception, IOException {
        OMI_O23 m = context.newMessage(OMI_O23.class);
        m.initQuickstart("OMI", "O23", "P");
        Terser t = header(m);
        patient(t, "/PATIENT/PID", o.patient());
        visit(t, "/PATIENT/PATIENT_VISIT/PV1", o);
        orderControl(t, "/ORDER/ORC", o);
        set(t, "/ORDER/TIMING/TQ1-1", "1");
        set(t, "/ORDER/TIMING/TQ1-7", ts(o.start()));
        String obr = "/ORDER/OBR";
        set(t, obr + "-1", "1");
        set(t, obr + "-2", o.placerOrderNumber());
        set(t, obr + "-3", o.fillerOrderNumber());
        code(t, obr + "-4", 1, o.procedureCode());
        xcn(t, obr + "-16", o.requestingPhysician());
        String ipc = "/ORDER/IPC";
        set(t, ipc + "-1", o.accessionNumber());
        set(t, ipc + "-2", o.requestedProcedureId());
        set(t, ipc + "-3", o.studyInstanceUid());
        set(t, ipc + "-4", o.spsId());
        set(t, ipc + "-5", o.modality());
        code(t, ipc + "-6", 1, o.protocolCode());
        set(t, ipc + "-7", o.stationName());
        set(t, ipc + "-9", o.stationAeTitle());
        return m;
    }

    // ------------------------------------------------------------------------------------------ ADT

    /** Sends ADT^A01, A08 or A40 and waits for the acknowledgement. */
    public Hl7Ack sendAdt(String host, int port, Adt adt) {
        Message message;
        try {
            message = adt instanceof Adt.Merge merge ? merge(merge) : registration(adt);
        } catch (HL7Exception | IOException e) {
            return new Hl7Ack(null, "", "", "", "", "", "", "the ADT message cannot be built: " + e.getMessage());
        }
        return send(host, port, message);
    }

    private Message registration(Adt adt) throws HL7Exception, IOException {
        // A08 shares the ADT_A01 structure (HL7 v2.5 3.3.8).
        ADT_A01 m = context.newMessage(ADT_A01.class);
        m.initQuickstart("ADT", adt.event(), "P");
        Terser t = header(m);
        t.set("/MSH-9-3", "ADT_A01");
        t.set("/EVN-1", adt.event());
        t.set("/EVN-2", ts(LocalDateTime.now()));
        patient(t, "/PID", adt.patient());
        t.set("/PV1-2", "O");
        return m;
    }

    private Message merge(Adt.Merge merge) throws HL7Exception, IOException {
        ADT_A39 m = context.newMessage(ADT_A39.class);
        m.initQuickstart("ADT", "A40", "P");
        Terser t = header(m);
        t.set("/MSH-9-3", "ADT_A39");
        t.set("/EVN-1", "A40");
        t.set("/EVN-2", ts(LocalDateTime.now()));
        patient(t, "/PATIENT/PID", merge.patient());
        t.set("/PATIENT/MRG-1-1", merge.priorPatientId());
        set(t, "/PATIENT/MRG-1-4-1", merge.priorIssuer());
        return m;
    }

    // ------------------------------------------------------------------------------------------ fields

    private Terser header(AbstractMessage m) throws HL7Exception {
        Terser t = new Terser(m);
        t.set("/MSH-3-1", config.sendingApplication());
        t.set("/MSH-4-1", config.sendingFacility());
        t.set("/MSH-5-1", config.receivingApplication());
        t.set("/MSH-6-1", config.receivingFacility());
        return t;
    }

    /** PID-3 (CX: ID, assigning authority), PID-5 (XPN from PN), PID-7, PID-8. */
    private static void patient(Terser t, String pid, Patient p) throws HL7Exception {
        t.set(pid + "-1", "1");
        t.set(pid + "-3-1", p.id());
        set(t, pid + "-3-4-1", p.issuer());
        String[] n = p.nameComponents();
        // PN family^given^middle^prefix^suffix -> XPN family^given^middle^suffix^prefix
        set(t, pid + "-5-1", n[0]);
        set(t, pid + "-5-2", n[1]);
        set(t, pid + "-5-3", n[2]);
        set(t, pid + "-5-4", n[4]);
        set(t, pid + "-5-5", n[3]);
        set(t, pid + "-7", p.birthDate());
        set(t, pid + "-8", p.sex());
    }

    private static void visit(Terser t, String pv1, Order o) throws HL7Exception {
        t.set(pv1 + "-2", "O");
        xcn(t, pv1 + "-8", o.referringPhysician());
        set(t, pv1 + "-19", o.admissionId());
    }

    private static void orderControl(Terser t, String orc, Order o) throws HL7Exception {
        t.set(orc + "-1", o.control().name());
        set(t, orc + "-2", o.placerOrderNumber());
        set(t, orc + "-3", o.fillerOrderNumber());
        t.set(orc + "-5", o.control() == OrderControl.CA ? "CA" : o.control() == OrderControl.DC ? "DC" : "SC");
    }

    /** A PN as XCN: component 1 (ID) empty, then family, given, middle, suffix, prefix. */
    private static void xcn(Terser t, String field, String pn) throws HL7Exception {
        if (pn.isEmpty()) {
            return;
        }
        String[] n = new Patient(pn, "", "", "", "").nameComponents();
        set(t, field + "-2", n[0]);
        set(t, field + "-3", n[1]);
        set(t, field + "-4", n[2]);
        set(t, field + "-5", n[4]);
        set(t, field + "-6", n[3]);
    }

    /** A CE/CWE triple at components {@code first}..{@code first+2} (identifier, text, coding system). */
    private static void code(Terser t, String field, int first, CodedEntry code) throws HL7Exception {
        if (code == null) {
            return;
        }
        set(t, field + "-" + first, code.value());
        set(t, field + "-" + (first + 1), code.meaning());
        set(t, field + "-" + (first + 2), code.scheme());
    }

    private static void set(Terser t, String path, String value) throws HL7Exception {
        if (value != null && !value.isEmpty()) {
            t.set(path, value);
        }
    }

    private static String ts(LocalDateTime t) {
        return t == null ? null : t.format(TS);
    }

    // ------------------------------------------------------------------------------------------ MLLP

    private Hl7Ack send(String host, int port, Message message) {
        String sent;
        try {
            sent = context.getPipeParser().encode(message);
        } catch (HL7Exception e) {
            return new Hl7Ack(null, "", "", "", "", "", "", "the message cannot be encoded: " + e.getMessage());
        }
        Connection connection = null;
        try {
            connection = context.newClient(host, port, false);
            Initiator initiator = connection.getInitiator();
            initiator.setTimeout(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
            Message ack = initiator.sendAndReceive(message);
            String received = context.getPipeParser().encode(ack);
            Terser t = new Terser(ack);
            String error = orEmpty(t.get("/ERR-3-1"));
            if (error.isEmpty()) {
                error = orEmpty(t.get("/ERR-1-4-1"));
            }
            return new Hl7Ack(t.get("/MSA-1"), orEmpty(t.get("/MSA-2")), orEmpty(t.get("/MSA-3")), error,
                    orEmpty(t.get("/ERR-8")), sent, received, null);
        } catch (HL7Exception | LLPException | IOException e) {
            return new Hl7Ack(null, "", "", "", "", sent, "", "no acknowledgement from " + host + ":" + port + ": "
                    + e.getMessage());
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (IOException e) {
            // The acknowledgement (or its absence) is already decided; a failed close changes nothing.
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() {
        try {
            context.close();
        } catch (IOException e) {
            // Closing only releases the executor, which is shut down next.
        }
        threads.shutdownNow();
    }
}
