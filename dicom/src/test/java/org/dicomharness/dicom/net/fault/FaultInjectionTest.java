package org.dicomharness.dicom.net.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.CFindRsp;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.dimse.Outcome;
import org.dicomharness.dicom.net.dimse.PendingRequest;
import org.dicomharness.dicom.net.dimse.Status;
import org.dicomharness.dicom.net.pdu.AAbort;
import org.dicomharness.dicom.net.pdu.AReleaseRp;
import org.dicomharness.dicom.net.pdu.AbortReason;
import org.dicomharness.dicom.net.pdu.PduType;
import org.dicomharness.dicom.net.ul.Action;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.Association;
import org.dicomharness.dicom.net.ul.AssociationAbortedException;
import org.dicomharness.dicom.net.ul.AssociationException;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.AssociationTrace;
import org.dicomharness.dicom.net.ul.Event;
import org.dicomharness.dicom.net.ul.State;
import org.dicomharness.dicom.net.ul.Timeouts;
import org.dicomharness.dicom.net.ul.TraceEntry;
import org.dicomharness.dicom.testing.TestImages;
import org.dicomharness.dicom.testing.TestScp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness misbehaving on purpose, and what a conformant peer (here our own SCP) does about it. */
class FaultInjectionTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(5), Duration.ofMillis(600), Duration.ofMillis(1500),
            Duration.ofSeconds(10));

    @TempDir
    Path tmp;

    static AssociateRequestBuilder request() {
        return AssociateRequestBuilder.of("FAULTY", "TESTSCP").context(Uids.Verification, Uids.ImplicitVRLittleEndian)
                .context(Uids.CTImageStorage, Uids.ExplicitVRLittleEndian);
    }

    static AssociationTrace lastTrace(TestScp scp) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (scp.acceptor().recentTraces().isEmpty() && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        List<AssociationTrace> t = scp.acceptor().recentTraces();
        return t.get(t.size() - 1);
    }

    @Test
    void abortAfterNBytesLeavesTheAcceptorATruncatedRequest() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).timeouts(SHORT).start()) {
            AssociationRequestor faulty = new AssociationRequestor(SHORT, null).withOutputFilter(FaultyOutput.abortAfter(40));
            assertThatThrownBy(() -> faulty.open("127.0.0.1", scp.port(), request().build(), null))
                    .isInstanceOf(AssociationException.class);
            AssociationTrace t = lastTrace(scp);
            assertThat(t.toText()).contains("closed inside the A-ASSOCIATE-RQ body of the PDU starting at byte 0: 34 of");
            assertThat(t.entries(TraceEntry.Transition.class)).anyMatch(x -> x.from() == State.STA2
                    && x.event() == Event.EVT17 && x.action() == Action.AA_5);
        }
    }

    @Test
    void corruptedPduTypeIsAbortedAsUnrecognized() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).timeouts(SHORT).start()) {
            // Byte 0 of the connection is the A-ASSOCIATE-RQ's PDU type: 01H becomes 0BH.
            AssociationRequestor faulty = new AssociationRequestor(SHORT, null)
                    .withOutputFilter(FaultyOutput.replaceByteAt(0, 0x0B));
            assertThatThrownBy(() -> faulty.open("127.0.0.1", scp.port(), request().build(), null))
                    .isInstanceOf(AssociationAbortedException.class).hasMessageContaining("source=0");
            assertThat(lastTrace(scp).toText()).contains("unrecognized PDU type 0BH");
        }
    }

    @Test
    void handBuiltPduTheStateMachineWouldNeverSend() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).timeouts(SHORT).start()) {
            Association a = new AssociationRequestor(SHORT, null).open("127.0.0.1", scp.port(), request().build(), null);
            a.faults().sendPdu(new AReleaseRp());
            assertThat(a.awaitClosed(WAIT)).isTrue();
            assertThat(a.abortInfo()).hasValueSatisfying(x -> {
                assertThat(x.pdu().source()).isEqualTo(2);
                assertThat(x.pdu().reason()).isEqualTo(AbortReason.UNEXPECTED_PDU.code());
            });
            assertThat(a.trace().entries(TraceEntry.RawBytes.class)).singleElement()
                    .satisfies(r -> assertThat(r.description()).contains("A-RELEASE-RP"));
            assertThat(lastTrace(scp).entries(TraceEntry.Transition.class)).anyMatch(x -> x.from() == State.STA6
                    && x.event() == Event.EVT13 && x.action() == Action.AA_8);
        }
    }

    @Test
    void forgedLengthAndRawBytes() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).timeouts(SHORT).start()) {
            Association a = new AssociationRequestor(SHORT, null).open("127.0.0.1", scp.port(), request().build(), null);
            a.faults().sendPduWithLength(AAbort.byServiceUser(), 6);
            a.faults().sendRaw(new byte[] {0, 0}, "two more bytes to complete the forged length");
            assertThat(a.awaitClosed(WAIT)).isTrue();
            assertThat(lastTrace(scp).toText()).contains("A-ABORT has length 6 where 4 is required");
        }
    }

    @Test
    void droppedLastFragmentIsEndedByThePeersIdleTimer() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).timeouts(SHORT).start()) {
            DimseClient client = DimseClient.open(new AssociationRequestor(Timeouts.defaults(), null), "127.0.0.1",
                    scp.port(), request().build(), null, DimseOptions.defaults().withDropLastFragment(true));
            Dataset ct = TestImages.ct(TestImages.Ids.fresh("DROP", "Drop^Dora"), 64, 64);
            assertThatThrownBy(() -> client.store(ct)).isInstanceOf(IOException.class);
            assertThat(client.association().trace().toText()).contains("fault injected: the last data set fragment");
            assertThat(client.association().awaitClosed(WAIT)).isTrue();
            assertThat(client.association().trace().pdus(TraceEntry.Direction.RECEIVED, PduType.A_ABORT)).hasSize(1);
            assertThat(lastTrace(scp).toText()).contains("association idle timer expired");
            assertThat(scp.stored()).isEmpty();
        }
    }

    @Test
    void cCancelStopsAFindThatIsStillMatching() throws Exception {
        CountDownLatch firstSent = new CountDownLatch(1);
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).services(s -> s.find(
                Uids.StudyRootQueryRetrieveInformationModelFind, (ctx, rq, keys) -> {
                    Dataset match = new Dataset();
                    match.setString(Tags.QueryRetrieveLevel, "STUDY");
                    match.setString(Tags.StudyInstanceUID, "1.2.3");
                    ctx.pending(match);
                    firstSent.countDown();
                    long end = System.nanoTime() + WAIT.toNanos();
                    while (!ctx.isCancelled() && System.nanoTime() < end) {
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            break;
                        }
                    }
                    return ctx.isCancelled() ? Outcome.of(Status.CANCEL) : Outcome.success();
                })).start()) {
            var rq = AssociateRequestBuilder.of("HARNESS", "TESTSCP")
                    .context(Uids.StudyRootQueryRetrieveInformationModelFind, Uids.ExplicitVRLittleEndian).build();
            try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", scp.port(), rq)) {
                Dataset keys = new Dataset();
                keys.setString(Tags.QueryRetrieveLevel, "STUDY");
                keys.setString(Tags.StudyInstanceUID, "");
                PendingRequest find = client.startFind(Uids.StudyRootQueryRetrieveInformationModelFind, keys, m -> { });
                assertThat(firstSent.await(10, TimeUnit.SECONDS)).isTrue();
                client.cancel(find);
                CFindRsp last = (CFindRsp) find.await();
                assertThat(last.status()).isEqualTo(Status.CANCEL);
                assertThat(find.responseCount()).isEqualTo(2);
                assertThat(client.association().trace().toText()).contains("C-CANCEL-RQ")
                        .contains("FE00 Matching terminated due to Cancel request");
            }
        }
    }
}
