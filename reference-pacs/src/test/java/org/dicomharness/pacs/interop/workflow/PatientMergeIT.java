package org.dicomharness.pacs.interop.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dicomharness.pacs.hl7.Hl7Messages.field;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.TestImages;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.config.RemoteAe;
import org.dicomharness.pacs.hl7.Hl7Messages;
import org.dicomharness.pacs.hl7.MllpRawClient;
import org.dicomharness.pacs.net.ReferencePacs;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patient reconciliation over the wire (issue 5, "Must show"): two patients' studies are stored with DCMTK
 * {@code storescu}; an HL7 ADT^A40 over MLLP to the running PACS's listener merges the prior patient into the
 * surviving one, once sent by HAPI's client and once by a plain socket writing the MLLP bytes; afterwards DCMTK
 * {@code findscu} at patient and study level sees only the surviving Patient ID, and the files DCMTK {@code getscu}
 * and {@code movescu} retrieve carry it, the replaced values kept in the Original Attributes Sequence. An object
 * nothing changed for comes back bit for bit. Refused HL7 messages are answered with the NAK HL7 names and change
 * nothing DCMTK can see.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatientMergeIT {

    private static final String MOVE_DESTINATION = "MOVESCU";

    private Path dir;
    private ReferencePacs pacs;
    private DcmtkClients dcmtk;
    private int movePort;
    private ExecutorService clientThreads;
    private HapiContext hapi;

    @BeforeAll
    void start(@TempDir Path tempDir) throws IOException {
        for (String p : List.of("storescu", "findscu", "getscu", "movescu")) {
            Peers.require(p, "dcmtk");
        }
        dir = tempDir;
        movePort = PeerProcess.freePort();
        PacsConfig config = PacsConfig.defaults(dir.resolve("pacs")).toBuilder().port(0).fsync(false)
                .monitoringPort(-1).hl7Port(0).remoteAe(new RemoteAe(MOVE_DESTINATION, "127.0.0.1", movePort)).build();
        pacs = ReferencePacs.start(config, ArchivalValidator.NONE);
        dcmtk = new DcmtkClients(pacs.aeTitle(), pacs.port());
        clientThreads = Executors.newCachedThreadPool();
        hapi = new DefaultHapiContext(clientThreads);
        hapi.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
        hapi.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
    }

    @AfterAll
    void stop() throws IOException {
        if (hapi != null) {
            hapi.close();
            clientThreads.shutdownNow();
        }
        if (pacs != null) {
            pacs.close();
        }
    }

    @Test
    void listenerRunsBesideTheDicomPort() {
        assertThat(pacs.hl7Port()).isPresent();
        assertThat(pacs.hl7Port().getAsInt()).isNotEqualTo(pacs.port());
    }

    @Test
    void a40SentByHapiMergesAndDcmtkSeesOnlyTheSurvivor() throws Exception {
        TestImages.Ids prior = storeStudy("PAT-H-OLD", "Old^Olga");
        TestImages.Ids surviving = storeStudy("PAT-H-NEW", "Kept^Kim");
        assertThat(patientIds("PAT-H-*")).containsExactlyInAnyOrder("PAT-H-OLD", "PAT-H-NEW");

        String ack = sendWithHapi(Hl7Messages.merge("H40", Hl7Messages.pid("PAT-H-NEW", "Kept", "Kim", "19700101", "O"),
                "PAT-H-OLD"));
        assertThat(field(ack, "MSA", 1)).as(ack).isEqualTo("AA");
        assertThat(field(ack, "MSA", 2)).isEqualTo("H40");

        assertOnlySurvivor("PAT-H-*", prior, surviving);
        List<DicomFile> got = dcmtk.get(dir.resolve("get-h"), List.of("QueryRetrieveLevel=STUDY",
                "StudyInstanceUID=" + prior.studyUid()));
        assertThat(got).singleElement().satisfies(f -> assertCarriesSurvivor(f.dataset(), prior, "PAT-H-NEW",
                "Kept^Kim"));
    }

    @Test
    void a40SentAsRawMllpBytesMergesAndMovedFilesCarryTheSurvivor() throws Exception {
        TestImages.Ids prior = storeStudy("PAT-R-OLD", "Old^Otto");
        TestImages.Ids surviving = storeStudy("PAT-R-NEW", "Kept^Karl");

        String ack;
        try (MllpRawClient raw = new MllpRawClient(pacs.hl7Port().getAsInt())) {
            ack = raw.send(Hl7Messages.merge("R40", Hl7Messages.pid("PAT-R-NEW", "Kept", "Karl", "19700101", "O"),
                    "PAT-R-OLD"));
        }
        assertThat(field(ack, "MSA", 1)).as(ack).isEqualTo("AA");
        assertThat(field(ack, "MSA", 2)).isEqualTo("R40");

        assertOnlySurvivor("PAT-R-*", prior, surviving);
        List<DicomFile> moved = dcmtk.move(dir.resolve("move-r"), MOVE_DESTINATION, movePort, List.of(
                "QueryRetrieveLevel=STUDY", "StudyInstanceUID=" + prior.studyUid()));
        assertThat(moved).singleElement().satisfies(f -> assertCarriesSurvivor(f.dataset(), prior, "PAT-R-NEW",
                "Kept^Karl"));
    }

    @Test
    void anObjectNothingChangedForIsSentBitForBit() throws Exception {
        TestImages.Ids ids = TestImages.Ids.fresh("PAT-U-1", "Un^Changed");
        Path sent = TestImages.write(dir.resolve("unchanged.dcm"), withIssuer(TestImages.ct(ids, 256, 256)),
                TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        dcmtk.store(dir, List.of(sent));
        List<DicomFile> got = dcmtk.get(dir.resolve("get-u"), List.of("QueryRetrieveLevel=STUDY",
                "StudyInstanceUID=" + ids.studyUid()));
        assertThat(got).singleElement().satisfies(f -> {
            assertThat(f.dataset().contains(Tags.OriginalAttributesSequence)).isFalse();
            assertThat(f.transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        });
        Path received = onlyFile(dir.resolve("get-u"));
        assertThat(datasetBytes(received)).as("the data set as storescu sent it")
                .isEqualTo(datasetBytes(sent));
    }

    @Test
    void refusedMessagesGetTheNakHl7NamesAndChangeNothing() throws Exception {
        storeStudy("PAT-B-1", "Bad^Input");
        List<String> before = studyRows("PAT-B-*");
        try (MllpRawClient raw = new MllpRawClient(pacs.hl7Port().getAsInt())) {
            assertNak(raw.send(Hl7Messages.merge("B1", Hl7Messages.pid("PAT-B-1", "Bad", "Input", "19700101", "O"),
                    "PAT-B-GHOST")), "AE", "204", "not known");
            assertNak(raw.send(Hl7Messages.merge("B2", Hl7Messages.pid("PAT-B-1", "Bad", "Input", "19700101", "O"),
                    "PAT-B-1")), "AE", "205", "cannot be merged into itself");
            // PID-7 is a TS: "yesterday" breaks the data type, so the message does not parse (HL7 error 102).
            String unparseable = raw.send(Hl7Messages.adt("A08", "B3", "PID|1||PAT-B-1^^^HOSP||Bad^Input||yesterday|O"));
            assertThat(field(unparseable, "MSA", 1)).as(unparseable).isEqualTo("AE");
            assertThat(field(unparseable, "ERR", 3)).as(unparseable).startsWith("102^");
            assertThat(field(unparseable, "ERR", 8)).as(unparseable).contains("yesterday");
        }
        assertNak(sendWithHapi(Hl7Messages.adt("A08", "B4", Hl7Messages.pid("PAT-B-NOBODY", "No", "Body", "19000101",
                "O"))), "AE", "204", "is not known");
        assertThat(studyRows("PAT-B-*")).as("patients and studies as DCMTK sees them").isEqualTo(before);
    }

    // ------------------------------------------------------------------ helpers

    private TestImages.Ids storeStudy(String patientId, String name) throws IOException {
        TestImages.Ids ids = TestImages.Ids.fresh(patientId, name);
        Path file = TestImages.write(dir.resolve(patientId + ".dcm"), withIssuer(TestImages.ct(ids, 256, 256)),
                TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        dcmtk.store(dir, List.of(file));
        return ids;
    }

    /** The merge names patients by ID and issuer (PID-3 / MRG-1 "^^^HOSP"). */
    private static Dataset withIssuer(Dataset ds) {
        ds.setString(Tags.IssuerOfPatientID, "HOSP");
        return ds;
    }

    private void assertOnlySurvivor(String pattern, TestImages.Ids prior, TestImages.Ids surviving)
            throws IOException {
        String survivor = surviving.patientId();
        assertThat(patientIds(pattern)).as("patient level").containsExactly(survivor);
        List<DicomFile> studies = dcmtk.find(dir.resolve("find-" + survivor + "-studies"), "-S", List.of(
                "QueryRetrieveLevel=STUDY", "StudyInstanceUID", "PatientID=" + survivor), null);
        assertThat(studies).extracting(f -> f.dataset().getString(Tags.StudyInstanceUID))
                .as("study level, by the surviving ID").containsExactlyInAnyOrder(prior.studyUid(), surviving.studyUid());
        assertThat(dcmtk.find(dir.resolve("find-" + prior.patientId() + "-studies"), "-S", List.of(
                "QueryRetrieveLevel=STUDY", "StudyInstanceUID", "PatientID=" + prior.patientId()), null))
                .as("study level, by the prior ID").isEmpty();
        List<DicomFile> byStudy = dcmtk.find(dir.resolve("find-" + prior.studyUid()), "-S", List.of(
                "QueryRetrieveLevel=STUDY", "StudyInstanceUID=" + prior.studyUid(), "PatientID", "PatientName"), null);
        assertThat(byStudy).singleElement().satisfies(f -> {
            assertThat(f.dataset().getString(Tags.PatientID)).isEqualTo(survivor);
            assertThat(f.dataset().getString(Tags.PatientName)).isEqualTo(surviving.patientName());
        });
    }

    private List<String> patientIds(String pattern) throws IOException {
        List<DicomFile> patients = dcmtk.find(dir.resolve("find-patients-" + System.nanoTime()), "-P", List.of(
                "QueryRetrieveLevel=PATIENT", "PatientID=" + pattern, "PatientName"), null);
        return patients.stream().map(f -> f.dataset().getString(Tags.PatientID)).toList();
    }

    /** Every study row DCMTK's findscu sees for the pattern: study UID, Patient ID and Patient's Name. */
    private List<String> studyRows(String pattern) throws IOException {
        List<DicomFile> rows = dcmtk.find(dir.resolve("find-rows-" + System.nanoTime()), "-S", List.of(
                "QueryRetrieveLevel=STUDY", "StudyInstanceUID", "PatientID=" + pattern, "PatientName"), null);
        List<String> out = new ArrayList<>();
        for (DicomFile f : rows) {
            out.add(f.dataset().getString(Tags.StudyInstanceUID) + "/" + f.dataset().getString(Tags.PatientID) + "/"
                    + f.dataset().getString(Tags.PatientName));
        }
        out.sort(null);
        return out;
    }

    /** The retrieved object carries the surviving patient; the prior values are kept (PS3.3 C.12.1.1.9). */
    private static void assertCarriesSurvivor(Dataset ds, TestImages.Ids prior, String survivorId, String survivorName) {
        assertThat(ds.getString(Tags.SOPInstanceUID)).isEqualTo(prior.sopUid());
        assertThat(ds.getString(Tags.PatientID)).isEqualTo(survivorId);
        assertThat(ds.getString(Tags.PatientName)).isEqualTo(survivorName);
        Sequence originals = ds.getSequence(Tags.OriginalAttributesSequence);
        assertThat(originals).as("Original Attributes Sequence").isNotNull();
        Dataset item = originals.get(originals.size() - 1);
        assertThat(item.getString(Tags.ReasonForTheAttributeModification)).isEqualTo("CORRECT");
        Dataset previous = item.getSequence(Tags.ModifiedAttributesSequence).get(0);
        assertThat(previous.getString(Tags.PatientID)).isEqualTo(prior.patientId());
        assertThat(previous.getString(Tags.PatientName)).isEqualTo(prior.patientName());
        assertThat(ds.getBytes(Tags.PixelData)).as("pixel data, from the stored file")
                .isEqualTo(TestImages.ct(prior, 256, 256).getBytes(Tags.PixelData));
    }

    private String sendWithHapi(String er7) throws Exception {
        Connection connection = hapi.newClient("127.0.0.1", pacs.hl7Port().getAsInt(), false);
        try {
            Message message = hapi.getPipeParser().parse(er7);
            return hapi.getPipeParser().encode(connection.getInitiator().sendAndReceive(message));
        } finally {
            connection.close();
        }
    }

    private static void assertNak(String ack, String code, String errorCode, String text) {
        assertThat(field(ack, "MSA", 1)).as(ack).isEqualTo(code);
        assertThat(field(ack, "ERR", 3)).as(ack).startsWith(errorCode + "^");
        assertThat(field(ack, "ERR", 4)).as(ack).isEqualTo("E");
        assertThat(field(ack, "ERR", 8)).as(ack).contains(text);
    }

    private static Path onlyFile(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            List<Path> files = s.filter(Files::isRegularFile).toList();
            assertThat(files).hasSize(1);
            return files.get(0);
        }
    }

    /** The bytes after the File Meta Information. */
    private static byte[] datasetBytes(Path file) throws IOException {
        DicomFile header = org.dicomharness.dicom.net.dimse.DataSets.header(file);
        byte[] all = Files.readAllBytes(file);
        return Arrays.copyOfRange(all, (int) header.datasetOffset(), all.length);
    }
}
