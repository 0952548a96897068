package org.dicomharness.dicom.net.ul;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.CStoreRq;
import org.dicomharness.dicom.net.dimse.CommandSet;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.fault.RawConnection;
import org.dicomharness.dicom.net.pdu.AAbort;
import org.dicomharness.dicom.net.pdu.AAssociateAc;
import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.pdu.AbortReason;
import org.dicomharness.dicom.net.pdu.AbortSource;
import org.dicomharness.dicom.net.pdu.PDataTf;
import org.dicomharness.dicom.net.pdu.Pdu;
import org.dicomharness.dicom.net.pdu.PduEncoder;
import org.dicomharness.dicom.net.pdu.PresentationDataValue;
import org.dicomharness.dicom.testing.TestImages;
import org.dicomharness.dicom.testing.TestScp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input against our SCP: the association ends with the abort PS3.8 prescribes within the ARTIM or
 * idle timer, the event is in the trace, no thread of the association is left, and the SCP keeps serving.
 */
class BadInputTest {

    static final Duration ARTIM = Duration.ofMillis(600);
    static final Duration IDLE = Duration.ofMillis(1500);
    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path tmp;

    private TestScp scp;

    @BeforeEach
    void start() throws IOException {
        scp = TestScp.builder(tmp.resolve("scp")).aeTitle("SCP")
                .timeouts(new Timeouts(Duration.ofSeconds(5), ARTIM, IDLE, Duration.ofSeconds(10))).start();
    }

    @AfterEach
    void stillServingAndNothingLeftBehind() throws Exception {
        var rq = AssociateRequestBuilder.of("AFTER", "SCP").context(Uids.Verification, Uids.ImplicitVRLittleEndian).build();
        try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", scp.port(), rq)) {
            assertThat(client.echo().status()).as("the SCP keeps serving").isZero();
        }
        String port = ":" + scp.port();
        scp.close();
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end && threadsFor(port) > 0) {
            Thread.sleep(20);
        }
        assertThat(threadsFor(port)).as("association threads left behind").isZero();
    }

    static long threadsFor(String port) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("dicom-ul-") || t.getName().startsWith("dimse-"))
                .filter(t -> t.getName().contains(port)).count();
    }

    private RawConnection established() throws IOException {
        RawConnection peer = RawConnection.connect("127.0.0.1", scp.port(), WAIT);
        peer.send(request());
        assertThat(peer.receive(WAIT)).isInstanceOf(AAssociateAc.class);
        return peer;
    }

    static AAssociateRq request() {
        return AssociateRequestBuilder.of("RAWPEER", "SCP").context(Uids.Verification, Uids.ImplicitVRLittleEndian)
                .context(Uids.CTImageStorage, Uids.ExplicitVRLittleEndian).build();
    }

    private static void assertAbort(RawConnection peer, AbortSource source, AbortReason reason) throws IOException {
        Pdu p = peer.receive(WAIT);
        assertThat(p).isInstanceOf(AAbort.class);
        AAbort a = (AAbort) p;
        assertThat(a.source()).as(a.summary()).isEqualTo(source.code());
        assertThat(a.reason()).as(a.summary()).isEqualTo(reason.code());
        assertThat(peer.awaitClose(WAIT)).as("transport closed after the abort").isTrue();
    }

    private AssociationTrace trace() throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (scp.acceptor().recentTraces().isEmpty() && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        List<AssociationTrace> t = scp.acceptor().recentTraces();
        return t.get(t.size() - 1);
    }

    private static void assertTransition(AssociationTrace trace, State from, Event event, Action action) {
        assertThat(trace.entries(TraceEntry.Transition.class)).as(trace.toText())
                .anyMatch(t -> t.from() == from && t.event() == event && t.action() == action);
        assertThat(trace.entries(TraceEntry.Transition.class)).last().extracting(TraceEntry.Transition::to)
                .isEqualTo(State.STA1);
    }

    @Test
    void malformedRequestBeforeAssociationIsAbortedAsTheTableSaysForSta2() throws Exception {
        try (RawConnection peer = RawConnection.connect("127.0.0.1", scp.port(), WAIT)) {
            byte[] rq = PduEncoder.encode(request());
            rq[6 + 68 + 2] = 0x7f; // the Application Context Item's length overruns the PDU
            peer.send(rq);
            assertAbort(peer, AbortSource.SERVICE_USER, AbortReason.NOT_SPECIFIED);
        }
        AssociationTrace t = trace();
        assertTransition(t, State.STA2, Event.EVT19, Action.AA_1);
        assertThat(t.toText()).contains("received an invalid PDU").contains("overruns its container");
    }

    @Test
    void malformedPdvIsInvalidParameterValue() throws Exception {
        try (RawConnection peer = established()) {
            peer.send(HexFormat.of().parseHex("040000000006" + "00000001" + "0103"));
            assertAbort(peer, AbortSource.SERVICE_PROVIDER, AbortReason.INVALID_PDU_PARAMETER_VALUE);
        }
        assertTransition(trace(), State.STA6, Event.EVT19, Action.AA_8);
    }

    @Test
    void oversizeLengthIsRefusedWithoutReadingIt() throws Exception {
        try (RawConnection peer = established()) {
            peer.send(HexFormat.of().parseHex("04007ffffff0"));
            assertAbort(peer, AbortSource.SERVICE_PROVIDER, AbortReason.INVALID_PDU_PARAMETER_VALUE);
        }
        AssociationTrace t = trace();
        assertTransition(t, State.STA6, Event.EVT19, Action.AA_8);
        assertThat(t.toText()).contains("exceeds the Maximum Length announced by this side, 65536");
    }

    @Test
    void unrecognizedPduType() throws Exception {
        try (RawConnection peer = established()) {
            peer.send(HexFormat.of().parseHex("0a00000000020000"));
            assertAbort(peer, AbortSource.SERVICE_PROVIDER, AbortReason.UNRECOGNIZED_PDU);
        }
        assertTransition(trace(), State.STA6, Event.EVT19, Action.AA_8);
    }

    @Test
    void pduTypeNotAllowedInTheCurrentState() throws Exception {
        try (RawConnection peer = established()) {
            peer.send(request());
            assertAbort(peer, AbortSource.SERVICE_PROVIDER, AbortReason.UNEXPECTED_PDU);
        }
        assertTransition(trace(), State.STA6, Event.EVT6, Action.AA_8);
    }

    @Test
    void pdvForAPresentationContextThatWasNotNegotiated() throws Exception {
        try (RawConnection peer = established()) {
            peer.send(PDataTf.of(PresentationDataValue.of(99, true, true, new byte[] {0, 0})));
            assertAbort(peer, AbortSource.SERVICE_PROVIDER, AbortReason.INVALID_PDU_PARAMETER_VALUE);
        }
        AssociationTrace t = trace();
        assertTransition(t, State.STA6, Event.EVT19, Action.AA_8);
        assertThat(t.toText()).contains("PDV for presentation context 99, which was not accepted");
    }

    @Test
    void truncatedPduIsAClosedConnection() throws Exception {
        RawConnection peer = established();
        peer.sendPrefix(PDataTf.of(PresentationDataValue.of(1, true, true, new byte[100])), 40);
        peer.close();
        AssociationTrace t = trace();
        assertTransition(t, State.STA6, Event.EVT17, Action.AA_4);
        assertThat(t.toText()).contains("closed inside the P-DATA-TF body");
    }

    @Test
    void peerSilentBeforeItsRequestIsClosedByArtim() throws Exception {
        try (RawConnection peer = RawConnection.connect("127.0.0.1", scp.port(), WAIT)) {
            assertThat(peer.awaitClose(WAIT)).as("closed by ARTIM").isTrue();
        }
        AssociationTrace t = trace();
        assertTransition(t, State.STA2, Event.EVT18, Action.AA_2);
        assertThat(t.toText()).contains("ARTIM timer expired after " + ARTIM.toMillis() + " ms");
    }

    @Test
    void peerSilentOnAnEstablishedAssociationIsAbortedByTheIdleTimer() throws Exception {
        try (RawConnection peer = established()) {
            assertAbort(peer, AbortSource.SERVICE_USER, AbortReason.NOT_SPECIFIED);
        }
        AssociationTrace t = trace();
        assertTransition(t, State.STA6, Event.EVT15, Action.AA_1);
        assertThat(t.toText()).contains("association idle timer expired: no PDU in either direction for "
                + IDLE.toMillis() + " ms");
    }

    @Test
    void dataSetThatStopsHalfwayEndsWithTheIdleTimerAndStoresNothing() throws Exception {
        var ct = TestImages.ct(TestImages.Ids.fresh("HALF", "Half^Way"), 64, 64);
        byte[] dataSet;
        try (var out = new java.io.ByteArrayOutputStream()) {
            new org.dicomharness.dicom.io.DicomWriter(out, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                    org.dicomharness.dicom.io.WriteOptions.defaults()).writeDataset(ct);
            dataSet = out.toByteArray();
        }
        try (RawConnection peer = established()) {
            byte[] command = CommandSet.encode(new CStoreRq(1, Uids.CTImageStorage,
                    ct.getString(org.dicomharness.dicom.dict.Tags.SOPInstanceUID)), true);
            peer.send(PDataTf.of(PresentationDataValue.of(3, true, true, command)));
            // Half the data set, never the last fragment.
            peer.send(PDataTf.of(PresentationDataValue.of(3, false, false,
                    java.util.Arrays.copyOf(dataSet, dataSet.length / 2))));
            assertAbort(peer, AbortSource.SERVICE_USER, AbortReason.NOT_SPECIFIED);
        }
        AssociationTrace t = trace();
        assertTransition(t, State.STA6, Event.EVT15, Action.AA_1);
        assertThat(t.toText()).contains("idle timer expired").contains("C-STORE-RQ");
        assertThat(scp.stored()).isEmpty();
    }
}
