package org.dicomharness.simulators.ris;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.hl7.Hl7Listener;
import org.dicomharness.pacs.index.PatientKey;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.dicomharness.simulators.CodedEntry;
import org.dicomharness.simulators.Patient;
import org.dicomharness.simulators.modality.WorklistItem;
import org.dicomharness.simulators.modality.WorklistQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The RIS simulator over real MLLP against the reference PACS's HL7 listener (HAPI on its side too): each order
 * form lands in the Modality Worklist with the IHE RAD-4 mapping, ADT registers, updates and merges, and a refusal
 * comes back as an AE acknowledgement with its HL7 error code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RisSimulatorTest {

    private Archive archive;
    private Hl7Listener listener;
    private RisSimulator ris;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        archive = Archive.open(PacsConfig.defaults(dir).withFsync(false), ArchivalValidator.NONE);
        listener = Hl7Listener.start("127.0.0.1", 0, archive.patients(), archive.orders(), archive.events());
        ris = new RisSimulator();
    }

    @AfterAll
    void stop() {
        ris.close();
        listener.close();
        archive.close();
    }

    private List<WorklistItem> worklist(WorklistQuery q) {
        List<WorklistItem> out = new ArrayList<>();
        Dataset extra = new Dataset();
        extra.put(Tags.RequestingPhysician, org.dicomharness.dicom.VR.PN, org.dicomharness.dicom.data.ByteValue.EMPTY);
        archive.worklist().find(q.withExtraKeys(extra).toIdentifier(), () -> false, ds -> out.add(new WorklistItem(ds)));
        return out;
    }

    private Order order(OrderMessageType type, String suffix, String modality) {
        return Order.newOrder(type, new Patient("Order^Olive", "RIS-" + suffix, "HOSP", "19800808", "F"),
                "ACC-" + suffix, "RP-" + suffix, "SPS-" + suffix, modality)
                .withStation("ST-" + suffix, "Room " + suffix)
                .withStart(LocalDateTime.of(2024, 1, 10, 8, 30))
                .withStudyInstanceUid("2.25.555" + Math.abs(suffix.hashCode()))
                .withCodes(new CodedEntry("CTHEAD", "99LOCAL", "CT head"), new CodedEntry("P-HEAD", "99LOCAL",
                        "Head protocol"))
                .withPhysicians("Ref^Rita", "Req^Rolf");
    }

    @Test
    void ormOrderReachesTheWorklistWithTheRad4Mapping() {
        Order o = order(OrderMessageType.ORM_O01, "ORM1", "CT");
        Hl7Ack ack = ris.sendOrder("127.0.0.1", listener.port(), o);
        assertThat(ack.accepted()).as(ack.summary() + "\n" + ack.sent()).isTrue();
        assertThat(ack.sent()).contains("ORM^O01").contains("\rZDS|" + o.studyInstanceUid() + "^100^Application^DICOM");
        assertThat(ack.messageControlId()).isNotEmpty();
        WorklistItem item = single(worklist(WorklistQuery.all().withAccessionNumber("ACC-ORM1")));
        assertItem(item, o);
    }

    @Test
    void omiOrderReachesTheWorklistFromIpc() {
        Order o = order(OrderMessageType.OMI_O23, "OMI1", "MR");
        Hl7Ack ack = ris.sendOrder("127.0.0.1", listener.port(), o);
        assertThat(ack.accepted()).as(ack.summary() + "\n" + ack.sent()).isTrue();
        assertThat(ack.sent()).contains("OMI^O23").contains("\rIPC|ACC-OMI1|RP-OMI1|");
        WorklistItem item = single(worklist(WorklistQuery.all().withAccessionNumber("ACC-OMI1")));
        assertItem(item, o);
        assertThat(item.step().getString(Tags.ScheduledStationName)).isEqualTo("Room OMI1");
        assertThat(item.protocolCode().value()).isEqualTo("P-HEAD");
    }

    private static void assertItem(WorklistItem item, Order o) {
        assertThat(item.patient().name()).isEqualTo("Order^Olive");
        assertThat(item.patient().id()).isEqualTo(o.patient().id());
        assertThat(item.patient().birthDate()).isEqualTo("19800808");
        assertThat(item.accessionNumber()).isEqualTo(o.accessionNumber());
        assertThat(item.requestedProcedureId()).isEqualTo(o.requestedProcedureId());
        assertThat(item.scheduledProcedureStepId()).isEqualTo(o.spsId());
        assertThat(item.modality()).isEqualTo(o.modality());
        assertThat(item.scheduledStationAeTitle()).isEqualTo(o.stationAeTitle());
        assertThat(item.studyInstanceUid()).isEqualTo(o.studyInstanceUid());
        assertThat(item.scheduledStartDate()).isEqualTo("20240110");
        assertThat(item.requestedProcedureCode().value()).isEqualTo("CTHEAD");
        assertThat(item.referringPhysician()).isEqualTo("Ref^Rita");
        assertThat(item.attributes().getString(Tags.RequestingPhysician)).isEqualTo("Req^Rolf");
    }

    @Test
    void cancelRemovesTheStepFromTheWorklist() {
        Order o = order(OrderMessageType.ORM_O01, "CAN1", "CT");
        assertThat(ris.sendOrder("127.0.0.1", listener.port(), o).accepted()).isTrue();
        assertThat(worklist(WorklistQuery.all().withAccessionNumber("ACC-CAN1"))).hasSize(1);
        Hl7Ack ack = ris.sendOrder("127.0.0.1", listener.port(), o.withControl(OrderControl.CA));
        assertThat(ack.accepted()).as(ack.summary()).isTrue();
        assertThat(worklist(WorklistQuery.all().withAccessionNumber("ACC-CAN1"))).isEmpty();
    }

    @Test
    void adtRegistersUpdatesAndMerges() {
        Patient kim = new Patient("Old^Kim", "ADT-1", "HOSP", "19900101", "F");
        assertThat(ris.sendAdt("127.0.0.1", listener.port(), Adt.admit(kim)).accepted()).isTrue();
        Hl7Ack update = ris.sendAdt("127.0.0.1", listener.port(), Adt.update(new Patient("New^Kim", "ADT-1", "HOSP",
                "19900102", "F")));
        assertThat(update.accepted()).as(update.summary()).isTrue();
        Dataset attrs = archive.patientRegistry().find(new PatientKey("ADT-1", "HOSP")).orElseThrow().attributes();
        assertThat(attrs.getString(Tags.PatientName)).isEqualTo("New^Kim");
        assertThat(attrs.getString(Tags.PatientBirthDate)).isEqualTo("19900102");

        assertThat(ris.sendAdt("127.0.0.1", listener.port(), Adt.admit(new Patient("Dup^Kim", "ADT-2", "HOSP",
                "19900101", "F"))).accepted()).isTrue();
        Hl7Ack merge = ris.sendAdt("127.0.0.1", listener.port(), Adt.merge(new Patient("New^Kim", "ADT-1", "HOSP",
                "19900102", "F"), "ADT-2", "HOSP"));
        assertThat(merge.accepted()).as(merge.summary() + "\n" + merge.sent()).isTrue();
        assertThat(merge.sent()).contains("ADT^A40^ADT_A39").contains("\rMRG|ADT-2^^^HOSP");
        assertThat(archive.patientRegistry().resolve(new PatientKey("ADT-2", "HOSP")))
                .isEqualTo(new PatientKey("ADT-1", "HOSP"));
    }

    @Test
    void aRefusalIsAnAeWithTheHl7ErrorCode() {
        Hl7Ack ack = ris.sendAdt("127.0.0.1", listener.port(), Adt.update(new Patient("No^Body", "NOBODY", "HOSP",
                "19000101", "O")));
        assertThat(ack.accepted()).isFalse();
        assertThat(ack.ackCode()).isEqualTo("AE");
        assertThat(ack.errorCode()).isEqualTo("204");
        assertThat(ack.received()).startsWith("MSH|");
    }

    @Test
    void noListenerIsAResultNotAnException() throws Exception {
        int free;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            free = s.getLocalPort();
        }
        Hl7Ack ack = ris.sendAdt("127.0.0.1", free, Adt.admit(new Patient("A^B", "X", "", "", "")));
        assertThat(ack.accepted()).isFalse();
        assertThat(ack.ackCode()).isNull();
        assertThat(ack.failure()).contains("no acknowledgement from 127.0.0.1:" + free);
    }

    private static WorklistItem single(List<WorklistItem> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
