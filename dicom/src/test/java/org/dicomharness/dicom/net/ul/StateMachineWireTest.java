package org.dicomharness.dicom.net.ul;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.CEchoRq;
import org.dicomharness.dicom.net.dimse.CommandSet;
import org.dicomharness.dicom.net.dimse.DimseChannel;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.dimse.Outcome;
import org.dicomharness.dicom.net.dimse.ServiceRegistry;
import org.dicomharness.dicom.net.fault.RawConnection;
import org.dicomharness.dicom.net.fault.RawServer;
import org.dicomharness.dicom.net.pdu.AAbort;
import org.dicomharness.dicom.net.pdu.AAssociateAc;
import org.dicomharness.dicom.net.pdu.AAssociateRj;
import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.pdu.AReleaseRp;
import org.dicomharness.dicom.net.pdu.AReleaseRq;
import org.dicomharness.dicom.net.pdu.AbortReason;
import org.dicomharness.dicom.net.pdu.AbortSource;
import org.dicomharness.dicom.net.pdu.MaximumLength;
import org.dicomharness.dicom.net.pdu.PDataTf;
import org.dicomharness.dicom.net.pdu.Pdu;
import org.dicomharness.dicom.net.pdu.PresentationContextAc;
import org.dicomharness.dicom.net.pdu.PresentationContextResult;
import org.dicomharness.dicom.net.pdu.PresentationDataValue;
import org.dicomharness.dicom.net.pdu.UserInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives our protocol machine through every cell of PS3.8 Table 9-10 that a peer can reach: a raw-PDU peer
 * (no state machine of its own) brings our acceptor or requestor into a state, causes the event (a PDU,
 * garbage, a closed connection, silence until ARTIM, or a primitive of our local user), and the test checks
 * the transition recorded in the trace, what went on the wire, and that the association ends in Sta1.
 */
class StateMachineWireTest {

    static final Duration ARTIM = Duration.ofMillis(800);
    static final Duration WAIT = Duration.ofSeconds(10);
    static final Timeouts TIMEOUTS = new Timeouts(Duration.ofSeconds(5), ARTIM, Duration.ofSeconds(60),
            Duration.ofSeconds(30));

    /** Events a peer causes over the wire, and the local-user primitives the test issues through the API. */
    static final Set<Event> WIRE = Set.of(Event.EVT3, Event.EVT4, Event.EVT6, Event.EVT10, Event.EVT12, Event.EVT13,
            Event.EVT16, Event.EVT17, Event.EVT18, Event.EVT19);
    static final Set<Event> LOCAL = Set.of(Event.EVT7, Event.EVT8, Event.EVT9, Event.EVT11, Event.EVT14, Event.EVT15);
    /** States the drivers below can hold an association in. */
    static final Set<State> DRIVEN = Set.of(State.STA2, State.STA3, State.STA5, State.STA6, State.STA7, State.STA8,
            State.STA9, State.STA10, State.STA11, State.STA12, State.STA13);

    static Stream<Arguments> cells() {
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<Event, Map<State, Action>> row : StateTable.cells().entrySet()) {
            for (Map.Entry<State, Action> cell : row.getValue().entrySet()) {
                Event e = row.getKey();
                State s = cell.getKey();
                if (DRIVEN.contains(s) && (WIRE.contains(e) || LOCAL.contains(e))) {
                    out.add(Arguments.of(s, e, cell.getValue()));
                }
            }
        }
        return out.stream();
    }

    @Test
    void theCellsExercisedAreEveryCellOutsideIdleAndTransportConnect() {
        long exercised = cells().count();
        long all = StateTable.cells().values().stream().mapToLong(Map::size).sum();
        // Left to other tests: Sta1+Evt1 (AE-1), Sta1+Evt5 (AE-5), Sta4+Evt2 (AE-2), Sta4+Evt17 (AA-4), and
        // Sta4+Evt15 (AA-2), which no peer and no primitive of this API can reach (the connect is synchronous).
        assertThat(all - exercised).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("cells")
    void cell(State state, Event event, Action action) throws Exception {
        try (Scenario sc = Scenario.reach(state)) {
            sc.cause(state, event);
            assertThat(sc.association.trace().entries(TraceEntry.Transition.class))
                    .as(sc.association.trace().toText())
                    .anyMatch(t -> t.from() == state && t.event() == event && t.action() == action);
            sc.checkWireEffect(event, action);
            sc.finish();
            assertThat(sc.association.awaitClosed(WAIT)).as("ends in Sta1\n" + sc.association.trace().toText()).isTrue();
            assertThat(sc.association.state()).isEqualTo(State.STA1);
        }
    }

    @Test
    void connectingAndTheTransportEventsOfSta1AndSta4() throws Exception {
        try (Scenario sc = Scenario.reach(State.STA6)) {
            assertThat(sc.association.trace().entries(TraceEntry.Transition.class))
                    .anyMatch(t -> t.from() == State.STA1 && t.event() == Event.EVT5 && t.action() == Action.AE_5);
            sc.finish();
        }
        try (RawServer server = RawServer.bind(0)) {
            CompletableFuture<Association> opened = openAsync(server.port(), new AssociationListener() { });
            try (RawConnection peer = server.accept(WAIT)) {
                assertThat(peer.receive(WAIT)).isInstanceOf(AAssociateRq.class);
                peer.send(accept());
                Association a = opened.get(10, TimeUnit.SECONDS);
                assertThat(a.trace().entries(TraceEntry.Transition.class)).extracting(TraceEntry.Transition::action)
                        .startsWith(Action.AE_1, Action.AE_2, Action.AE_3);
                a.abort();
            }
        }
        int closedPort;
        try (RawServer s = RawServer.bind(0)) {
            closedPort = s.port();
        }
        try {
            new AssociationRequestor(TIMEOUTS, null).open("127.0.0.1", closedPort, request(), null);
            throw new AssertionError("connected to a closed port");
        } catch (AssociationException e) {
            assertThat(e.getMessage()).contains("cannot open the transport connection");
        }
        // The same through request(), to see the Sta4 + Evt17 cell in the trace.
        Association failed = new Association(Role.REQUESTOR, "to a closed port", TIMEOUTS, 16384);
        failed.requestAssociation(request());
        failed.transportFailed("connection refused");
        assertThat(failed.trace().entries(TraceEntry.Transition.class)).extracting(TraceEntry.Transition::action)
                .containsExactly(Action.AE_1, Action.AA_4);
        assertThat(failed.state()).isEqualTo(State.STA1);
    }

    @AfterAll
    static void noReaderThreadIsLeftBehind() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && readerThreads() > 0) {
            Thread.sleep(20);
        }
        assertThat(readerThreads()).as("dicom-ul-reader threads still alive").isZero();
    }

    static long readerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("dicom-ul-reader")
                && t.isAlive()).count();
    }

    // ====================================================================================================
    // PDUs the raw peer sends

    static AAssociateRq request() {
        return AssociateRequestBuilder.of("RAWPEER", "SCP").context(Uids.Verification, Uids.ImplicitVRLittleEndian)
                .maxPduLength(16384).build();
    }

    static AAssociateAc accept() {
        return new AAssociateAc(1, "SCP", "RAWPEER", AAssociateRq.DICOM_APPLICATION_CONTEXT,
                List.of(new PresentationContextAc(1, PresentationContextResult.ACCEPTANCE, Uids.ImplicitVRLittleEndian)),
                UserInformation.of(new MaximumLength(16384)));
    }

    static PDataTf echoRequest() {
        return PDataTf.of(PresentationDataValue.of(1, true, true,
                CommandSet.encode(new CEchoRq(7, Uids.Verification), false)));
    }

    /** Type 09H is not a PDU type of PS3.8 Table 9-11: event Evt19. */
    static final byte[] GARBAGE = {0x09, 0, 0, 0, 0, 2, 1, 2};

    static Pdu pduFor(Event e) {
        return switch (e) {
            case EVT3 -> accept();
            case EVT4 -> new AAssociateRj(1, 1, 1);
            case EVT6 -> request();
            case EVT10 -> echoRequest();
            case EVT12 -> new AReleaseRq();
            case EVT13 -> new AReleaseRp();
            case EVT16 -> AAbort.byServiceUser();
            default -> throw new IllegalArgumentException(e + " is not a PDU");
        };
    }

    static CompletableFuture<Association> openAsync(int port, AssociationListener listener) {
        // Kept for the connect test: open() blocks until the AC arrives.
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new AssociationRequestor(TIMEOUTS, null).open("127.0.0.1", port, request(), listener);
            } catch (AssociationException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    // ====================================================================================================
    // Scenarios: our side (acceptor or requestor) held in a state, the raw peer on the other end

    static final class Scenario implements AutoCloseable {
        /** Holds the acceptor's negotiation (Sta3) and its C-ECHO handler (so that Sta8 lasts). */
        final CountDownLatch hold = new CountDownLatch(1);
        /** Holds our user's release responses in Sta9 and Sta12. */
        final CountDownLatch releaseHold = new CountDownLatch(1);
        AssociationAcceptor acceptor;
        RawServer server;
        RawConnection peer;
        Association association;

        static Scenario reach(State state) throws Exception {
            Scenario sc = new Scenario();
            switch (state) {
                case STA2 -> sc.acceptorConnected(false);
                case STA3 -> {
                    sc.acceptorConnected(true);
                    sc.peer.send(request());
                }
                case STA6 -> sc.acceptorEstablished(false);
                case STA8 -> {
                    sc.acceptorEstablished(true);
                    sc.peer.send(echoRequest());
                    sc.peer.send(new AReleaseRq());
                }
                case STA13 -> {
                    sc.acceptorConnected(false);
                    sc.peer.send(new AAssociateRq(1, "NOT-THIS-AE", "RAWPEER", AAssociateRq.DICOM_APPLICATION_CONTEXT,
                            request().presentationContexts(), request().userInformation()));
                    assertThat(sc.peer.receive(WAIT)).isInstanceOf(AAssociateRj.class);
                }
                case STA10, STA12 -> {
                    sc.acceptorEstablished(false);
                    sc.association.requestRelease();
                    assertThat(sc.peer.receive(WAIT)).isInstanceOf(AReleaseRq.class);
                    sc.peer.send(new AReleaseRq());
                    if (state == State.STA12) {
                        sc.awaitState(State.STA10);
                        sc.peer.send(new AReleaseRp());
                    }
                }
                case STA5 -> sc.requestorConnecting();
                case STA7, STA9, STA11 -> {
                    sc.requestorEstablished();
                    sc.association.requestRelease();
                    assertThat(sc.peer.receive(WAIT)).isInstanceOf(AReleaseRq.class);
                    if (state != State.STA7) {
                        sc.peer.send(new AReleaseRq());
                        if (state == State.STA11) {
                            sc.awaitState(State.STA9);
                            sc.association.releaseResponse();
                            assertThat(sc.peer.receive(WAIT)).isInstanceOf(AReleaseRp.class);
                        }
                    }
                }
                default -> throw new IllegalArgumentException("no driver for " + state);
            }
            sc.awaitState(state);
            return sc;
        }

        void acceptorConnected(boolean holdNegotiation) throws IOException, InterruptedException {
            AcceptorPolicy policy = AcceptorPolicy.builder().calledAeTitles("SCP")
                    .accept(Uids.Verification, Uids.ImplicitVRLittleEndian).maxPduLength(16384).build();
            Negotiator negotiator = holdNegotiation ? rq -> {
                await(hold);
                return policy.negotiate(rq);
            } : policy;
            ServiceRegistry services = new ServiceRegistry().echo((ctx, rq) -> {
                await(hold);
                return Outcome.success();
            });
            acceptor = AssociationAcceptor.start(AcceptorConfig.loopback(policy).withNegotiator(negotiator)
                    .withTimeouts(TIMEOUTS), a -> {
                        DimseChannel ch = new DimseChannel(services, DimseOptions.defaults());
                        ch.bind(a);
                        return new HoldingListener(ch, releaseHold);
                    });
            peer = RawConnection.connect("127.0.0.1", acceptor.localPort(), WAIT);
            long end = System.nanoTime() + WAIT.toNanos();
            while (acceptor.liveAssociations().isEmpty() && System.nanoTime() < end) {
                Thread.sleep(5);
            }
            association = acceptor.liveAssociations().get(0);
        }

        void acceptorEstablished(boolean holdEcho) throws IOException, InterruptedException {
            acceptorConnected(false);
            if (!holdEcho) {
                hold.countDown();
            }
            peer.send(request());
            assertThat(peer.receive(WAIT)).isInstanceOf(AAssociateAc.class);
        }

        void requestorConnecting() throws IOException {
            server = RawServer.bind(0);
            association = new AssociationRequestor(TIMEOUTS, null).request("127.0.0.1", server.port(), request(),
                    new HoldingListener(null, releaseHold));
            peer = server.accept(WAIT);
            assertThat(peer.receive(WAIT)).isInstanceOf(AAssociateRq.class);
        }

        void requestorEstablished() throws Exception {
            requestorConnecting();
            peer.send(accept());
            association.awaitEstablished();
        }

        void awaitState(State s) throws InterruptedException {
            long end = System.nanoTime() + WAIT.toNanos();
            while (association.state() != s && System.nanoTime() < end) {
                Thread.sleep(2);
            }
            assertThat(association.state()).as(association.trace().toText()).isEqualTo(s);
        }

        void cause(State state, Event e) throws Exception {
            switch (e) {
                case EVT17 -> peer.close();
                case EVT18 -> {
                    // Silence: ARTIM fires on our side.
                }
                case EVT19 -> peer.send(GARBAGE);
                case EVT7 -> association.acceptAssociation(new AAssociateAc(1, "SCP", "RAWPEER",
                        AAssociateRq.DICOM_APPLICATION_CONTEXT, accept().presentationContexts(),
                        UserInformation.of(new MaximumLength(16384))));
                case EVT8 -> association.rejectAssociation(new AAssociateRj(1, 1, 1));
                case EVT9 -> association.sendPData(echoRequest());
                case EVT11 -> association.requestRelease();
                case EVT14 -> association.releaseResponse();
                case EVT15 -> association.abort("test: local user abort");
                default -> peer.send(pduFor(e));
            }
            long end = System.nanoTime() + WAIT.toNanos() + ARTIM.toNanos();
            while (System.nanoTime() < end && association.trace().entries(TraceEntry.Transition.class).stream()
                    .noneMatch(t -> t.event() == e && t.from() == state)) {
                Thread.sleep(2);
            }
        }

        /** What the raw peer must see for the action. */
        void checkWireEffect(Event e, Action action) throws IOException {
            switch (action) {
                case AA_1 -> assertAbort(AbortSource.SERVICE_USER, null);
                case AA_7 -> assertAbort(AbortSource.SERVICE_PROVIDER, null);
                case AA_8 -> assertAbort(AbortSource.SERVICE_PROVIDER, e == Event.EVT19 ? AbortReason.UNRECOGNIZED_PDU
                        : e == Event.EVT15 ? null : AbortReason.UNEXPECTED_PDU);
                case AE_6 -> assertThat(peer.receive(WAIT)).isInstanceOf(AAssociateAc.class);
                case AE_7 -> assertThat(peer.receive(WAIT)).isInstanceOf(AAssociateAc.class);
                case AE_8 -> assertThat(peer.receive(WAIT)).isInstanceOf(AAssociateRj.class);
                case DT_1, AR_7 -> assertThat(peer.receive(WAIT)).isInstanceOf(PDataTf.class);
                case DT_2 -> assertThat(peer.receive(WAIT)).as("C-ECHO-RSP").isInstanceOf(PDataTf.class);
                case AR_1 -> assertThat(peer.receive(WAIT)).isInstanceOf(AReleaseRq.class);
                case AR_2 -> assertThat(peer.receive(WAIT)).isInstanceOf(AReleaseRp.class);
                case AR_4, AR_9 -> assertThat(peer.receive(WAIT)).isInstanceOf(AReleaseRp.class);
                case AA_6 -> assertThat(afterLastTransition()).as("AA-6 sends nothing").isEmpty();
                case AA_2, AA_3, AA_4, AA_5, AR_3, AR_5, AE_4 -> {
                    if (e != Event.EVT17) {
                        assertThat(peer.awaitClose(WAIT)).as("our side closes the transport connection").isTrue();
                    }
                }
                default -> {
                    // AR-6, AR-8, AR-10, AE-3: indications to our user; the transition itself is the evidence.
                }
            }
        }

        private void assertAbort(AbortSource source, AbortReason reason) throws IOException {
            Pdu p = peer.receive(WAIT);
            while (p instanceof PDataTf) {
                p = peer.receive(WAIT);
            }
            assertThat(p).as(association.trace().toText()).isInstanceOf(AAbort.class);
            AAbort a = (AAbort) p;
            assertThat(a.source()).isEqualTo(source.code());
            if (reason != null) {
                assertThat(a.reason()).isEqualTo(reason.code());
            }
        }

        /** PDUs sent after the last transition. */
        private List<TraceEntry.PduEntry> afterLastTransition() {
            List<TraceEntry> all = association.trace().entries();
            int last = 0;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i) instanceof TraceEntry.Transition) {
                    last = i;
                }
            }
            return all.subList(last, all.size()).stream().filter(x -> x instanceof TraceEntry.PduEntry p
                    && p.direction() == TraceEntry.Direction.SENT).map(x -> (TraceEntry.PduEntry) x).toList();
        }

        /** Lets held deliberations go, closes the raw peer: the association must then reach Sta1. */
        void finish() {
            hold.countDown();
            releaseHold.countDown();
            if (peer != null) {
                peer.close();
            }
        }

        @Override
        public void close() {
            finish();
            if (association != null) {
                association.abort("test cleanup");
            }
            if (acceptor != null) {
                acceptor.close();
            }
            if (server != null) {
                server.close();
            }
        }
    }

    /**
     * The test's local user: delegates P-DATA to a DIMSE channel (when there is one) and holds release
     * responses and confirmations until the test lets them go, so that Sta8, Sta9 and Sta12 can be observed.
     */
    static final class HoldingListener implements AssociationListener {
        private final AssociationListener dimse;
        private final CountDownLatch hold;
        HoldingListener(AssociationListener dimse, CountDownLatch hold) {
            this.dimse = dimse;
            this.hold = hold;
        }

        @Override
        public void onPData(Association a, PDataTf pdu) {
            if (dimse != null) {
                dimse.onPData(a, pdu);
            }
        }

        @Override
        public void onReleaseRequest(Association a) {
            if (a.state() == State.STA8 && dimse != null) {
                dimse.onReleaseRequest(a);
            }
            // Sta9 (requestor collision) and Sta10: the test answers itself, or the default does after the hold.
            if (a.state() == State.STA10) {
                return;
            }
            if (a.state() == State.STA9) {
                later(a, State.STA9);
            }
        }

        @Override
        public void onReleaseConfirm(Association a) {
            if (a.state() == State.STA12) {
                later(a, State.STA12);
            }
        }

        @Override
        public void onAbort(Association a, AbortInfo abort) {
            if (dimse != null) {
                dimse.onAbort(a, abort);
            }
        }

        @Override
        public void onClosed(Association a) {
            if (dimse != null) {
                dimse.onClosed(a);
            }
        }

        private void later(Association a, State in) {
            Thread t = new Thread(() -> {
                await(hold);
                if (a.state() == in) {
                    try {
                        a.releaseResponse();
                    } catch (IllegalStateException e) {
                        // The test moved the association on meanwhile.
                    }
                }
            });
            t.setDaemon(true);
            t.start();
        }
    }

    static void await(CountDownLatch l) {
        try {
            l.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
