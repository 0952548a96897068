package org.dicomharness.pacs.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dicomharness.pacs.hl7.Hl7Messages.field;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.ArchiveFixture;
import org.dicomharness.pacs.index.PacsEvent;
import org.dicomharness.pacs.index.PatientKey;
import org.dicomharness.pacs.query.Identifiers;
import org.dicomharness.pacs.query.InformationModel;
import org.dicomharness.pacs.query.QueryLevel;
import org.dicomharness.pacs.query.QueryService;
import org.dicomharness.pacs.worklist.WorklistCorpus;
import org.dicomharness.pacs.worklist.WorklistStore;
import org.dicomharness.pacs.index.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HL7 listener over real MLLP on loopback: HAPI's own client, and a plain socket writing MLLP bytes. One archive
 * and listener serve the class; each test uses its own patients, orders and accession numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Hl7ListenerTest {

    private static final String STUDY = "2.25.300000000000000000000000000000000001";
    private static final String STUDY3 = "2.25.300000000000000000000000000000000003";

    private Archive archive;
    private Hl7Listener listener;
    private ExecutorService clientThreads;
    private HapiContext client;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        archive = ArchiveFixture.open(dir);
        listener = Hl7Listener.start("127.0.0.1", 0, archive.patients(), archive.orders(), archive.events());
        clientThreads = Executors.newCachedThreadPool();
        client = new DefaultHapiContext(clientThreads);
        client.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
        client.getParserConfiguration().setIdGenerator(new ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator());
    }

    @AfterAll
    void stop() throws IOException {
        client.close();
        clientThreads.shutdownNow();
        listener.close();
        archive.close();
    }

    @Test
    void ormWithoutZdsGetsAStudyInstanceUidFromTheOrderFiller() throws Exception {
        String withZds = Hl7Messages.orm("CZ", "NW", Hl7Messages.pid("PATZ", "Roe", "Rick", "19700101", "M"),
                "PLZ", "FIZ", "ACCZ", "RPZ", "SPSZ", "CT01", "CT", "202401100830", STUDY);
        String withoutZds = withZds.substring(0, withZds.indexOf("\rZDS|") + 1);
        String ack = sendWithHapi(withoutZds);
        assertThat(field(ack, "MSA", 1)).as(ack).isEqualTo("AA");
        Dataset item = onlyItem(keys("AccessionNumber", "ACCZ", "StudyInstanceUID", ""));
        assertThat(item.getString(Tags.StudyInstanceUID)).startsWith("2.25.").isNotEqualTo(STUDY)
                .satisfies(uid -> assertThat(org.dicomharness.dicom.Uid.isValid(uid)).isTrue());
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(listener.port()).isPositive();
    }

    @Test
    void ormNewOrderOverHapiClientSchedulesTheStepWithTheRad4Mapping() throws Exception {
        String ack = sendWithHapi(Hl7Messages.orm("C1", "NW", Hl7Messages.pid("PAT1", "Doe", "John", "19600101", "M"),
                "PL1", "FI1", "ACC1", "RP1", "SPS1", "CT01", "CT", "202401100830", STUDY));
        assertThat(field(ack, "MSA", 1)).isEqualTo("AA");
        assertThat(field(ack, "MSA", 2)).isEqualTo("C1");
        Dataset item = onlyItem(keys("AccessionNumber", "ACC1", "PatientName", "", "RequestedProcedureID", "",
                "StudyInstanceUID", "", "PlacerOrderNumberImagingServiceRequest", "",
                "FillerOrderNumberImagingServiceRequest", "", "ReferringPhysicianName", "", "RequestingPhysician", "",
                "RequestedProcedureCodeSequence", "", "AdmissionID", "",
                WorklistCorpus.SPS + "Modality", "", WorklistCorpus.SPS + "ScheduledStationAETitle", "",
                WorklistCorpus.SPS + "ScheduledProcedureStepStartDate", "",
                WorklistCorpus.SPS + "ScheduledProcedureStepStartTime", ""));
        assertThat(item.getString(Tags.PatientName)).isEqualTo("Doe^John");
        assertThat(item.getString(Tags.AccessionNumber)).isEqualTo("ACC1");
        assertThat(item.getString(Tags.RequestedProcedureID)).isEqualTo("RP1");
        assertThat(item.getString(Tags.StudyInstanceUID)).isEqualTo(STUDY);
        assertThat(item.getString(Tags.PlacerOrderNumberImagingServiceRequest)).isEqualTo("PL1");
        assertThat(item.getString(Tags.FillerOrderNumberImagingServiceRequest)).isEqualTo("FI1");
        assertThat(item.getString(Tags.ReferringPhysicianName)).isEqualTo("Ref^Rita");
        assertThat(item.getString(Tags.RequestingPhysician)).isEqualTo("Req^Rolf");
        assertThat(item.getString(Tags.AdmissionID)).isEqualTo("V123");
        assertThat(item.getSequence(Tags.RequestedProcedureCodeSequence).get(0).getString(Tags.CodeValue))
                .isEqualTo("CTHEAD");
        Dataset step = item.getSequence(Tags.ScheduledProcedureStepSequence).get(0);
        assertThat(step.getString(Tags.ScheduledProcedureStepID)).isEqualTo("SPS1");
        assertThat(step.getString(Tags.Modality)).isEqualTo("CT");
        assertThat(step.getString(Tags.ScheduledStationAETitle)).isEqualTo("CT01");
        assertThat(step.getString(Tags.ScheduledProcedureStepStartDate)).isEqualTo("20240110");
        assertThat(step.getString(Tags.ScheduledProcedureStepStartTime)).isEqualTo("0830");
    }

    @Test
    void omiNewOrderOverRawMllpSchedulesFromIpc() throws Exception {
        try (MllpRawClient raw = new MllpRawClient(listener.port())) {
            String ack = raw.send(Hl7Messages.omi("C2", "NW", Hl7Messages.pid("PAT2", "Roe", "Ann", "19700202", "F"),
                    "PL2", "FI2", "ACC2", "RP2", "SPS2", "MR01", "MR", "202401111400", STUDY));
            assertThat(field(ack, "MSA", 1)).as(ack).isEqualTo("AA");
        }
        Dataset item = onlyItem(Map.of("PatientID", "", "AccessionNumber", "ACC2", "StudyInstanceUID", "",
                WorklistCorpus.SPS + "Modality", "", WorklistCorpus.SPS + "ScheduledStationAETitle", "",
                WorklistCorpus.SPS + "ScheduledStationName", "", WorklistCorpus.SPS + "ScheduledProtocolCodeSequence", "",
                WorklistCorpus.SPS + "ScheduledProcedureStepStartTime", ""));
        assertThat(item.getString(Tags.PatientID)).isEqualTo("PAT2");
        assertThat(item.getString(Tags.AccessionNumber)).isEqualTo("ACC2");
        assertThat(item.getString(Tags.StudyInstanceUID)).isEqualTo(STUDY);
        Dataset step = item.getSequence(Tags.ScheduledProcedureStepSequence).get(0);
        assertThat(step.getString(Tags.ScheduledProcedureStepID)).isEqualTo("SPS2");
        assertThat(step.getString(Tags.Modality)).isEqualTo("MR");
        assertThat(step.getString(Tags.ScheduledStationAETitle)).isEqualTo("MR01");
        assertThat(step.getString(Tags.ScheduledStationName)).isEqualTo("MR room 1");
        assertThat(step.getString(Tags.ScheduledProcedureStepStartTime)).isEqualTo("1400");
        assertThat(step.getSequence(Tags.ScheduledProtocolCodeSequence).get(0).getString(Tags.CodeValue))
                .isEqualTo("P-KNEE");
    }

    @Test
    void orderChangeMovesTheAccessionNumberOnTheArchivedStudyAndCancelRemovesTheStep() throws Exception {
        String pid = Hl7Messages.pid("PAT3", "Poe", "Ed", "19500303", "M");
        assertThat(field(sendWithHapi(Hl7Messages.orm("C3", "NW", pid, "PL3", "FI3", "ACC3", "RP3", "SPS3", "CT01",
                "CT", "202401100900", STUDY3)), "MSA", 1)).isEqualTo("AA");
        Dataset image = ArchiveFixture.secondaryCapture(STUDY3 + ".1.1", "PAT3", STUDY3, "ct");
        image.setString(Tags.AccessionNumber, "ACC3");
        assertThat(ArchiveFixture.store(archive, image, "CT01").status()).isZero();

        String change = sendWithHapi(Hl7Messages.orm("C4", "XO", pid, "PL3", "FI3", "ACC3B", "RP3", "SPS3", "CT01",
                "CT", "202401100900", STUDY3));
        assertThat(field(change, "MSA", 1)).isEqualTo("AA");
        assertThat(onlyItem(Map.of("AccessionNumber", "ACC3B")).getString(Tags.AccessionNumber)).isEqualTo("ACC3B");
        List<Dataset> studies = studyFind(Map.of("AccessionNumber", "ACC3B", "StudyInstanceUID", ""));
        assertThat(studies).singleElement().satisfies(s ->
                assertThat(s.getString(Tags.StudyInstanceUID)).isEqualTo(STUDY3));
        assertThat(studyFind(Map.of("AccessionNumber", "ACC3", "StudyInstanceUID", ""))).isEmpty();
        assertThat(archive.events().recent(10, PacsEvent.Kind.ACCESSION_MOVED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("'ACC3' -> 'ACC3B'"));

        assertThat(field(sendWithHapi(Hl7Messages.orm("C5", "CA", pid, "PL3", "FI3", "", "", "", "", "", "", "")),
                "MSA", 1)).isEqualTo("AA");
        assertThat(worklist(Map.of("AccessionNumber", "ACC3B"))).isEmpty();
        assertThat(archive.worklistStore().all()).filteredOn(i -> i.orderKey().equals("FI3")).singleElement()
                .satisfies(i -> assertThat(i.status().name()).isEqualTo("CANCELED"));
    }

    @Test
    void adtRegistersAndUpdatesThePatientAndTheWorklistFollows() throws Exception {
        assertThat(field(sendWithHapi(Hl7Messages.adt("A04", "C6", Hl7Messages.pid("PAT4", "Old", "Name", "19800101",
                "F"))), "MSA", 1)).isEqualTo("AA");
        sendWithHapi(Hl7Messages.orm("C7", "NW", Hl7Messages.pid("PAT4", "Old", "Name", "19800101", "F"), "PL4",
                "FI4", "ACC4", "RP4", "SPS4", "US01", "US", "202401120800", ""));
        try (MllpRawClient raw = new MllpRawClient(listener.port())) {
            String ack = raw.send(Hl7Messages.adt("A08", "C8", Hl7Messages.pid("PAT4", "New", "Name", "19800102", "F")));
            assertThat(field(ack, "MSA", 1)).as(ack).isEqualTo("AA");
        }
        Dataset item = onlyItem(Map.of("AccessionNumber", "ACC4", "PatientName", "", "PatientBirthDate", ""));
        assertThat(item.getString(Tags.PatientName)).isEqualTo("New^Name");
        assertThat(item.getString(Tags.PatientBirthDate)).isEqualTo("19800102");
    }

    @Test
    void mergeOverHapiClientMovesStudiesAndQueriesSeeOnlyTheSurvivingPatient() throws Exception {
        storeStudy("PAT-OLD1", "2.25.310");
        storeStudy("PAT-NEW1", "2.25.320");
        String ack = sendWithHapi(Hl7Messages.merge("C9", Hl7Messages.pid("PAT-NEW1", "Kept", "Kim", "19900101", "F"),
                "PAT-OLD1"));
        assertThat(field(ack, "MSA", 1)).as(ack).isEqualTo("AA");
        assertSurvivorOnly("PAT-OLD1", "PAT-NEW1", "2.25.310", "2.25.320");
    }

    @Test
    void mergeOverRawMllpBytes() throws Exception {
        storeStudy("PAT-OLD2", "2.25.311");
        storeStudy("PAT-NEW2", "2.25.321");
        try (MllpRawClient raw = new MllpRawClient(listener.port())) {
            String ack = raw.send(Hl7Messages.merge("C10", Hl7Messages.pid("PAT-NEW2", "Kept", "Kim", "19900101", "F"),
                    "PAT-OLD2"));
            assertThat(field(ack, "MSA", 1)).as(ack).isEqualTo("AA");
            assertThat(field(ack, "MSA", 2)).isEqualTo("C10");
        }
        assertSurvivorOnly("PAT-OLD2", "PAT-NEW2", "2.25.311", "2.25.321");
    }

    @Test
    void unknownPatientIsAnAeWithErr204AndChangesNothing() throws Exception {
        Snapshot before = snapshot();
        String ack = sendWithHapi(Hl7Messages.adt("A08", "N1", Hl7Messages.pid("NOBODY", "No", "Body", "19000101",
                "O")));
        assertNak(ack, "AE", "204", "patient 'NOBODY' (issuer 'HOSP') is not known");
        try (MllpRawClient raw = new MllpRawClient(listener.port())) {
            assertNak(raw.send(Hl7Messages.merge("N2", Hl7Messages.pid("NOBODY", "No", "Body", "19000101", "O"),
                    "GHOST")), "AE", "204", "prior patient, MRG-1");
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void mergeIntoItselfIsAnAeWithErr205AndChangesNothing() throws Exception {
        storeStudy("PAT-SELF", "2.25.330");
        Snapshot before = snapshot();
        try (MllpRawClient raw = new MllpRawClient(listener.port())) {
            assertNak(raw.send(Hl7Messages.merge("N3", Hl7Messages.pid("PAT-SELF", "S", "S", "19900101", "F"),
                    "PAT-SELF")), "AE", "205", "cannot be merged into itself");
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void unsupportedEventAndTypeAreArWithErr201And200() throws Exception {
        Snapshot before = snapshot();
        assertNak(sendWithHapi(Hl7Messages.adt("A02", "N4", Hl7Messages.pid("P", "A", "B", "19900101", "F"))), "AR",
                "201", "event A02 of ADT is not supported");
        try (MllpRawClient raw = new MllpRawClient(listener.port())) {
            assertNak(raw.send(String.join("\r", Hl7Messages.msh("SIU^S12", "N5", "2.5"), "SCH|1") + "\r"), "AR", "200",
                    "message type 'SIU' is not supported");
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void messageThatDoesNotParseIsAnAeWithTheParserError() throws Exception {
        Snapshot before = snapshot();
        try (MllpRawClient raw = new MllpRawClient(listener.port())) {
            // PID-7 is a TS: "yesterday" breaks the HL7 data type, so the message does not parse.
            String ack = raw.send(Hl7Messages.adt("A01", "N6", "PID|1||PX^^^HOSP||Bad^Date||yesterday|F"));
            assertThat(field(ack, "MSA", 1)).as(ack).isEqualTo("AE");
            assertThat(field(ack, "MSA", 2)).isEqualTo("N6");
            assertThat(field(ack, "ERR", 3)).as(ack).startsWith("102");
            assertThat(field(ack, "ERR", 8)).as(ack).contains("yesterday");
            assertThat(field(ack, "MSH", 5)).as("addressed back to the sender, " + ack).isEqualTo("RIS");
            assertThat(field(ack, "MSH", 6)).as(ack).isEqualTo("HOSP");
            assertThat(field(ack, "MSH", 3)).as(ack).isEqualTo("PACS");
            assertThat(field(ack, "MSH", 9)).as(ack).startsWith("ACK^A01");
        }
        assertThat(snapshot()).isEqualTo(before);
        assertThat(archive.events().recent(5, PacsEvent.Kind.HL7_REJECTED)).isNotEmpty();
    }

    @Test
    void orderRefusalsAreAeAndLeaveNoPartialOrder() throws Exception {
        String pid = Hl7Messages.pid("PAT5", "Ord", "Er", "19600101", "M");
        sendWithHapi(Hl7Messages.orm("C11", "NW", pid, "PL5", "FI5", "ACC5", "RP5", "SPS5", "CT01", "CT",
                "202401100900", ""));
        Snapshot before = snapshot();
        assertNak(sendWithHapi(Hl7Messages.orm("N7", "NW", pid, "PL5", "FI5", "ACC5", "RP5", "SPS5", "CT01", "CT",
                "202401100900", "")), "AE", "205", "already has Scheduled Procedure Step SPS5");
        assertNak(sendWithHapi(Hl7Messages.orm("N8", "XO", pid, "PL9", "FI9", "ACC9", "RP9", "SPS9", "CT01", "CT",
                "202401100900", "")), "AE", "204", "order FI9 has no Scheduled Procedure Step SPS9");
        assertNak(sendWithHapi(Hl7Messages.orm("N9", "OC", pid, "PL5", "FI5", "ACC5", "RP5", "SPS5", "CT01", "CT",
                "202401100900", "")), "AE", "103", "order control (ORC-1) 'OC'");
        assertNak(sendWithHapi(Hl7Messages.orm("N10", "NW", pid, "PL6", "FI6", "ACC6", "RP6", "", "CT01", "CT",
                "202401100900", "")), "AE", "101", "Scheduled Procedure Step ID");
        assertThat(snapshot()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ helpers

    /** What a refused message must not change: worklist rows, patients, merges, study-to-patient filing. */
    private record Snapshot(List<String> rows) {
    }

    private Snapshot snapshot() {
        return new Snapshot(Jdbc.read(archive.index().dataSource(), "snapshot", c -> {
            List<String> rows = new ArrayList<>();
            for (String sql : List.of(
                    "SELECT order_key || '/' || sps_id || '/' || status || '/' || COALESCE(accession_number, '') || '/' "
                            + "|| patient_fk FROM worklist_item ORDER BY pk",
                    "SELECT patient_id || '/' || COALESCE(patient_name, '') || '/' || COALESCE(CAST(merged_into_fk AS "
                            + "VARCHAR), '') FROM patient ORDER BY pk",
                    "SELECT study_instance_uid || '/' || patient_fk || '/' || COALESCE(accession_number, '') FROM study "
                            + "ORDER BY pk",
                    "SELECT prior_patient_id || '>' || surviving_patient_id FROM patient_merge ORDER BY pk")) {
                try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
            }
            return rows;
        }));
    }

    private void storeStudy(String patientId, String studyUid) throws IOException {
        Dataset ds = ArchiveFixture.secondaryCapture(studyUid + ".1.1", patientId, studyUid, "study of " + patientId);
        ds.setString(Tags.IssuerOfPatientID, "HOSP");
        assertThat(ArchiveFixture.store(archive, ds, "MOD").status()).isZero();
    }

    private void assertSurvivorOnly(String prior, String surviving, String priorStudy, String survivingStudy) {
        QueryService.Query q = archive.queries().prepare(InformationModel.PATIENT_ROOT,
                Identifiers.of(QueryLevel.PATIENT, Map.of("PatientID", "PAT-*", "PatientName", "")));
        List<Dataset> patients = new ArrayList<>();
        archive.queries().find(q, () -> false, patients::add);
        assertThat(patients).extracting(p -> p.getString(Tags.PatientID)).contains(surviving).doesNotContain(prior);
        assertThat(patients).filteredOn(p -> p.getString(Tags.PatientID).equals(surviving)).singleElement()
                .satisfies(p -> assertThat(p.getString(Tags.PatientName)).isEqualTo("Kept^Kim"));
        List<Dataset> studies = studyFind(Map.of("StudyInstanceUID", priorStudy + "\\" + survivingStudy,
                "PatientID", ""));
        assertThat(studies).hasSize(2).allSatisfy(s -> assertThat(s.getString(Tags.PatientID)).isEqualTo(surviving));
        assertThat(studyFind(Map.of("PatientID", prior, "StudyInstanceUID", ""))).isEmpty();
        assertThat(archive.patientRegistry().resolve(new PatientKey(prior, "HOSP")))
                .isEqualTo(new PatientKey(surviving, "HOSP"));
    }

    private List<Dataset> studyFind(Map<String, String> keys) {
        QueryService.Query q = archive.queries().prepare(InformationModel.STUDY_ROOT,
                Identifiers.of(QueryLevel.STUDY, keys));
        List<Dataset> out = new ArrayList<>();
        archive.queries().find(q, () -> false, out::add);
        return out;
    }

    private List<Dataset> worklist(Map<String, String> keys) {
        List<Dataset> out = new ArrayList<>();
        archive.worklist().find(WorklistCorpus.identifier(keys), () -> false, out::add);
        return out;
    }

    private Dataset onlyItem(Map<String, String> keys) {
        List<Dataset> found = worklist(keys);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private String sendWithHapi(String er7) throws Exception {
        Connection connection = client.newClient("127.0.0.1", listener.port(), false);
        try {
            Message message = client.getPipeParser().parse(er7);
            Message ack = connection.getInitiator().sendAndReceive(message);
            return client.getPipeParser().encode(ack);
        } finally {
            connection.close();
        }
    }

    private static Map<String, String> keys(String... keyValues) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put(keyValues[i], keyValues[i + 1]);
        }
        return out;
    }

    private static void assertNak(String ack, String code, String errorCode, String text) {
        assertThat(field(ack, "MSA", 1)).as(ack).isEqualTo(code);
        assertThat(field(ack, "ERR", 3)).as(ack).startsWith(errorCode + "^");
        assertThat(field(ack, "ERR", 4)).as(ack).isEqualTo("E");
        assertThat(field(ack, "ERR", 8)).as(ack).contains(text);
    }
}
