package org.dicomharness.dicom.net.ul;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.dicomharness.dicom.net.pdu.AAbort;
import org.dicomharness.dicom.net.pdu.AAssociateAc;
import org.dicomharness.dicom.net.pdu.AAssociateRj;
import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.pdu.AReleaseRp;
import org.dicomharness.dicom.net.pdu.AReleaseRq;
import org.dicomharness.dicom.net.pdu.AbortReason;
import org.dicomharness.dicom.net.pdu.AbortSource;
import org.dicomharness.dicom.net.pdu.PDataTf;
import org.dicomharness.dicom.net.pdu.Pdu;
import org.dicomharness.dicom.net.pdu.PduDecodeException;
import org.dicomharness.dicom.net.pdu.PduDecoder;
import org.dicomharness.dicom.net.pdu.PduEncoder;
import org.dicomharness.dicom.net.pdu.PresentationDataValue;
import org.dicomharness.dicom.net.pdu.RoleSelection;
import org.dicomharness.dicom.net.pdu.UserInformation;

/**
 * One association and its DICOM Upper Layer protocol machine (PS3.8 9.2). Every event, whether a PDU from
 * the peer, a primitive from the local user, the transport or a timer, is looked up in {@link StateTable}
 * and the action found there is performed; the actions below are named after Tables 9-6 to 9-9.
 *
 * <p>Threads: a reader thread turns incoming PDUs into events; user threads issue primitives; a timer
 * thread fires ARTIM, idle and request timers. Transitions happen under one lock. PDUs are written whole
 * under a write lock: P-DATA-TF PDUs after the transition (so that a large write does not hold up incoming
 * events), other PDUs inside it. Indications to the {@link AssociationListener} are issued after the lock is
 * released.
 */
public final class Association {

    /** Fragment size used when the peer announces Maximum Length 0 (no limit). */
    public static final int UNLIMITED_PEER_SEND_LENGTH = 256 * 1024;

    private final Role role;
    private final AssociationTrace trace;
    private final Timeouts timeouts;
    private final long localMaxPduLength;
    private final Object lock = new Object();
    private final AssociationTimers timers;
    private final CompletableFuture<AAssociateAc> established = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    private State state = State.STA1;
    private Transport transport;
    private PduDecoder decoder;
    private volatile PduWriter writer;
    private volatile long lastRead = System.nanoTime();
    private volatile AssociationListener listener = new AssociationListener() {
    };
    private volatile Function<AAssociateRq, AAssociateRj> providerCheck = rq -> null;
    private volatile AAssociateRq request;
    private volatile AAssociateAc accept;
    private volatile AAssociateRj reject;
    private volatile List<PresentationContext> contexts = List.of();
    private volatile AbortInfo abort;
    private volatile boolean releasedNormally;

    Association(Role role, String name, Timeouts timeouts, long localMaxPduLength) {
        this.role = role;
        this.trace = new AssociationTrace(name);
        this.timeouts = timeouts;
        this.localMaxPduLength = localMaxPduLength;
        this.timers = new AssociationTimers(this, timeouts, name);
    }

    // =====================================================================================================
    // Public view

    public Role role() {
        return role;
    }

    public State state() {
        synchronized (lock) {
            return state;
        }
    }

    public AssociationTrace trace() {
        return trace;
    }

    public Timeouts timeouts() {
        return timeouts;
    }

    /** The A-ASSOCIATE-RQ sent (requestor) or received (acceptor). */
    public AAssociateRq request() {
        return request;
    }

    /** The A-ASSOCIATE-AC, once the association is established. */
    public AAssociateAc acceptance() {
        return accept;
    }

    /** The A-ASSOCIATE-RJ, if the association was rejected. */
    public Optional<AAssociateRj> rejection() {
        return Optional.ofNullable(reject);
    }

    /** Every proposed presentation context with the answer it got (empty until established). */
    public List<PresentationContext> presentationContexts() {
        return contexts;
    }

    /** The accepted presentation context with this ID, or {@code null}. */
    public PresentationContext acceptedContext(int id) {
        for (PresentationContext pc : contexts) {
            if (pc.id() == id && pc.isAccepted()) {
                return pc;
            }
        }
        return null;
    }

    /** The first accepted context for an abstract syntax (and transfer syntax, unless {@code null}). */
    public Optional<PresentationContext> findAcceptedContext(String abstractSyntax, String transferSyntax) {
        for (PresentationContext pc : contexts) {
            if (pc.isAccepted() && pc.abstractSyntax().equals(abstractSyntax)
                    && (transferSyntax == null || transferSyntax.equals(pc.transferSyntax()))) {
                return Optional.of(pc);
            }
        }
        return Optional.empty();
    }

    /** The role selection the acceptor answered for a SOP Class (PS3.7 D.3.3.4), if any. */
    public Optional<RoleSelection> acceptedRoleSelection(String sopClassUid) {
        AAssociateAc ac = accept;
        if (ac == null) {
            return Optional.empty();
        }
        return ac.userInformation().roleSelections().stream().filter(r -> r.sopClassUid().equals(sopClassUid)).findFirst();
    }

    /** The Maximum Length this side announced: the bound on P-DATA-TF PDUs it receives. */
    public long localMaxPduLength() {
        return localMaxPduLength;
    }

    /** The Maximum Length the peer announced (0: no limit). */
    public long peerMaxPduLength() {
        UserInformation ui = role == Role.REQUESTOR ? (accept == null ? null : accept.userInformation())
                : (request == null ? null : request.userInformation());
        return ui == null ? 0 : ui.maximumLength().orElse(0);
    }

    /** The largest PDV data this side may put in one P-DATA-TF: the peer's Maximum Length minus 6 bytes of PDV header. */
    public int maxPdvDataLength() {
        long peer = peerMaxPduLength();
        long pdu = peer == 0 ? UNLIMITED_PEER_SEND_LENGTH : Math.min(peer, UNLIMITED_PEER_SEND_LENGTH);
        return (int) Math.max(1, pdu - 6);
    }

    /** The peer's and this side's AE titles, e.g. {@code HARNESS->STORESCP}. */
    public String callingAeTitle() {
        return request == null ? null : request.callingAeTitle();
    }

    public String calledAeTitle() {
        return request == null ? null : request.calledAeTitle();
    }

    /** The transport connection, once open. */
    public Optional<Transport> transport() {
        synchronized (lock) {
            return Optional.ofNullable(transport);
        }
    }

    /** How the association was aborted, if it was. */
    public Optional<AbortInfo> abortInfo() {
        return Optional.ofNullable(abort);
    }

    /** Whether the association ended by an orderly release (AR-3, or AR-5 after AR-4). */
    public boolean wasReleased() {
        return releasedNormally;
    }

    public boolean isEstablished() {
        State s = state();
        return s == State.STA6;
    }

    /** Fault injection on this association (raw bytes, hand-built PDUs, a dropped connection). */
    public FaultInjection faults() {
        return new FaultInjection(this);
    }

    public void setListener(AssociationListener listener) {
        this.listener = listener;
    }

    /** Waits until the association reaches Sta1 with its transport closed. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        try {
            closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    public CompletableFuture<Void> closedFuture() {
        return closed;
    }

    // =====================================================================================================
    // Primitives of the local user

    /** Evt7: the A-ASSOCIATE response (accept) of the acceptor's user. */
    public void acceptAssociation(AAssociateAc ac) {
        dispatch(Event.EVT7, ac);
    }

    /** Evt8: the A-ASSOCIATE response (reject) of the acceptor's user. */
    public void rejectAssociation(AAssociateRj rj) {
        dispatch(Event.EVT8, rj);
    }

    /**
     * Evt9: sends one P-DATA-TF PDU. Every PDV must fit the peer's Maximum Length; use
     * {@link #sendPdv} to stream large fragments without copying.
     */
    public void sendPData(PDataTf pdu) throws IOException {
        boolean significant = isSignificant(pdu);
        requestPData(pdu, significant);
        byte[] bytes = PduEncoder.encode(pdu);
        trace.pData(TraceEntry.Direction.SENT, pdu, bytes.length - 6L);
        writePData(bytes, 0, 0, null, 0, 0);
    }

    /**
     * Evt9: sends one P-DATA-TF PDU holding one PDV of {@code len} bytes taken from {@code data} at
     * {@code off}, written straight from the caller's buffer.
     */
    public void sendPdv(int contextId, boolean command, boolean last, byte[] data, int off, int len)
            throws IOException {
        int header = (command ? PresentationDataValue.COMMAND : 0) | (last ? PresentationDataValue.LAST : 0);
        boolean significant = command || last;
        requestPData(null, significant);
        byte[] h = PduEncoder.singlePdvHeader(contextId, header, len);
        if (significant) {
            PDataTf summary = PDataTf.of(new PresentationDataValue(contextId, header,
                    java.util.Arrays.copyOfRange(data, off, off + len)));
            trace.pData(TraceEntry.Direction.SENT, summary, 6L + len);
        } else {
            trace.dataFragment(TraceEntry.Direction.SENT, len);
        }
        writePData(h, 0, h.length, data, off, len);
    }

    /** Evt9, turning "not allowed in this state" into an exception that says how the association ended. */
    private void requestPData(PDataTf pdu, boolean significant) throws AssociationException {
        try {
            dispatch(Event.EVT9, pdu, significant);
        } catch (IllegalStateException e) {
            AbortInfo a = abort;
            throw a != null ? new AssociationAbortedException(a) : new AssociationException(e.getMessage());
        }
    }

    /**
     * Evt11 then waits: releases the association (AR-1) and returns when it is released (AR-3), or throws
     * when it was aborted instead. Waits at most the idle timeout (or ARTIM when idle is disabled).
     */
    public void release() throws AssociationException {
        try {
            dispatch(Event.EVT11, null);
        } catch (IllegalStateException e) {
            AbortInfo a = abort;
            throw a != null ? new AssociationAbortedException(a) : new AssociationException(e.getMessage());
        }
        Duration wait = timeouts.idle().isZero() ? timeouts.artim() : timeouts.idle();
        try {
            if (wait.isZero()) {
                closed.get();
            } else {
                closed.get(wait.toMillis() + timeouts.artim().toMillis() + 1000, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort("interrupted while awaiting the A-RELEASE-RP");
            throw new AssociationException("interrupted while releasing " + trace.name());
        } catch (ExecutionException | TimeoutException e) {
            abort("no A-RELEASE-RP within " + wait.toMillis() + " ms");
            throw new AssociationException("release of " + trace.name() + " did not complete: " + e.getMessage());
        }
        if (!releasedNormally) {
            AbortInfo a = abort;
            throw a != null ? new AssociationAbortedException(a)
                    : new AssociationException("association " + trace.name() + " closed without A-RELEASE-RP");
        }
    }

    /** Starts a release (Evt11, AR-1) without waiting; for release collision tests. */
    public void requestRelease() {
        dispatch(Event.EVT11, null);
    }

    /** Evt14: the local user's A-RELEASE response (AR-4 in Sta8/Sta12, AR-9 in Sta9). */
    public void releaseResponse() {
        dispatch(Event.EVT14, null);
    }

    /**
     * Evt15: aborts the association (AA-1: A-ABORT with service-user source). Harmless once the association
     * has ended; before the A-ASSOCIATE-RQ arrived (Sta2, where Table 9-10 defines no Evt15) it closes the
     * transport connection.
     */
    public void abort(String reason) {
        State s = state();
        if (s == State.STA1 || s == State.STA13) {
            return;
        }
        if (s == State.STA2) {
            trace.note("local abort in Sta2 (" + reason + "): Table 9-10 defines no Evt15 in Sta2; transport closed");
            closeTransport();
            return;
        }
        try {
            dispatch(Event.EVT15, reason);
        } catch (IllegalStateException e) {
            trace.note("abort (" + reason + ") found " + e.getMessage());
        }
    }

    public void abort() {
        abort("local user request");
    }

    // =====================================================================================================
    // Starting the machine (package-private: AssociationRequestor and AssociationAcceptor)

    void setProviderCheck(Function<AAssociateRq, AAssociateRj> check) {
        this.providerCheck = check;
    }

    /** Requestor: Evt1 (AE-1). The caller then opens the transport and calls {@link #transportConfirmed}. */
    void requestAssociation(AAssociateRq rq) {
        this.request = rq;
        dispatch(Event.EVT1, rq);
    }

    /** Requestor: Evt2 (AE-2 sends the A-ASSOCIATE-RQ), then the reader starts. */
    void transportConfirmed(Transport t) {
        attach(t);
        dispatch(Event.EVT2, request);
        startReader();
    }

    /** Requestor: the transport connection could not be opened: Evt17 in Sta4 (AA-4). */
    void transportFailed(String message) {
        dispatch(Event.EVT17, message);
    }

    /** Acceptor: Evt5 (AE-5 starts ARTIM), then the reader starts. */
    void transportIndication(Transport t) {
        attach(t);
        dispatch(Event.EVT5, null);
        startReader();
    }

    /**
     * Waits for the outcome of the requestor's A-ASSOCIATE request: the A-ASSOCIATE-AC, or an
     * {@link AssociationRejectedException} / {@link AssociationAbortedException}.
     */
    public AAssociateAc awaitEstablished() throws AssociationException {
        try {
            return established.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort("interrupted while awaiting the A-ASSOCIATE-AC");
            throw new AssociationException("interrupted while establishing " + trace.name());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssociationException ae) {
                throw ae;
            }
            throw new AssociationException(e.getCause().getMessage(), e.getCause());
        }
    }

    private void attach(Transport t) {
        synchronized (lock) {
            this.transport = t;
            this.writer = new PduWriter(t.output(), trace);
            this.decoder = new PduDecoder(t.input(), localMaxPduLength, note -> trace.note(note));
        }
        trace.note("transport " + t.describe());
    }

    private void startReader() {
        PduDecoder d;
        InputStream in;
        synchronized (lock) {
            d = decoder;
            in = transport.input();
        }
        Thread reader = new Thread(new PduReader(this, d, in), "dicom-ul-reader " + trace.name());
        reader.setDaemon(true);
        reader.start();
    }

    // =====================================================================================================
    // The protocol machine

    void dispatch(Event event, Object arg) {
        dispatch(event, arg, true);
    }

    /** Applies Table 9-10 to one event, then issues the resulting indications outside the lock. */
    void dispatch(Event event, Object arg, boolean traceTransition) {
        List<Runnable> indications = new ArrayList<>();
        synchronized (lock) {
            State from = state;
            Optional<Action> cell = StateTable.action(from, event);
            if (cell.isEmpty()) {
                if (isLocalUserPrimitive(event)) {
                    throw new IllegalStateException(event.label() + " (" + event.definition() + ") is not allowed in "
                            + from.label() + " (" + from.definition() + "): PS3.8 Table 9-10 defines no action");
                }
                if (!(from == State.STA1 && (event == Event.EVT17 || event == Event.EVT18))) {
                    trace.note(event.label() + " in " + from.label() + " ignored: PS3.8 Table 9-10 defines no action"
                            + (arg instanceof String s ? " (" + s + ")" : ""));
                }
                return;
            }
            Action action = cell.get();
            State to = perform(action, event, arg, indications);
            state = to;
            if (traceTransition || !(action == Action.DT_1 || action == Action.DT_2)) {
                trace.transition(from, event, action, to);
            }
            if (to == State.STA1 && from != State.STA1) {
                enteredIdle(indications);
            }
        }
        for (Runnable r : indications) {
            try {
                r.run();
            } catch (RuntimeException e) {
                trace.note("the upper layer failed on an indication: " + e);
            }
        }
    }

    private static boolean isLocalUserPrimitive(Event e) {
        return switch (e) {
            case EVT1, EVT7, EVT8, EVT9, EVT11, EVT14, EVT15 -> true;
            default -> false;
        };
    }

    /** Performs an action of Tables 9-6 to 9-9 and returns the next state. Called under the lock. */
    private State perform(Action action, Event event, Object arg, List<Runnable> indications) {
        AssociationListener l = listener;
        switch (action) {
            case AE_1 -> {
                // Issue TRANSPORT CONNECT: the requestor opens the connection after this transition.
                return State.STA4;
            }
            case AE_2 -> {
                writeControl(request);
                timers.startRequestTimer();
                return State.STA5;
            }
            case AE_3 -> {
                timers.stopRequestTimer();
                accept = (AAssociateAc) arg;
                establish(request, accept);
                AAssociateAc ac = accept;
                // Completed after the transition is recorded: whoever waits sees the trace up to Sta6.
                indications.add(() -> established.complete(ac));
                return State.STA6;
            }
            case AE_4 -> {
                timers.stopRequestTimer();
                reject = (AAssociateRj) arg;
                closeTransport();
                AssociationRejectedException rejected = new AssociationRejectedException(reject, trace.name());
                indications.add(() -> established.completeExceptionally(rejected));
                return State.STA1;
            }
            case AE_5 -> {
                timers.startArtim(State.STA1);
                return State.STA2;
            }
            case AE_6 -> {
                timers.stopArtim();
                AAssociateRq rq = (AAssociateRq) arg;
                request = rq;
                AAssociateRj providerReject = providerCheck.apply(rq);
                if (providerReject != null) {
                    reject = providerReject;
                    writeControl(providerReject);
                    timers.startArtim(State.STA2);
                    return State.STA13;
                }
                indications.add(() -> l.onAssociateRequest(this, rq));
                return State.STA3;
            }
            case AE_7 -> {
                accept = (AAssociateAc) arg;
                establish(request, accept);
                writeControl(accept);
                return State.STA6;
            }
            case AE_8 -> {
                reject = (AAssociateRj) arg;
                writeControl(reject);
                timers.startArtim(State.STA3);
                return State.STA13;
            }
            case DT_1, AR_7 -> {
                // The P-DATA-TF is written by the calling thread once the lock is released.
                return action.nextState();
            }
            case DT_2, AR_6 -> {
                PDataTf p = (PDataTf) arg;
                indications.add(() -> l.onPData(this, p));
                return action.nextState();
            }
            case AR_1 -> {
                writeControl(new AReleaseRq());
                return State.STA7;
            }
            case AR_2 -> {
                indications.add(() -> l.onReleaseRequest(this));
                return State.STA8;
            }
            case AR_3 -> {
                releasedNormally = true;
                closeTransport();
                indications.add(() -> l.onReleaseConfirm(this));
                return State.STA1;
            }
            case AR_4 -> {
                writeControl(new AReleaseRp());
                releasedNormally = abort == null;
                timers.startArtim(state);
                return State.STA13;
            }
            case AR_5 -> {
                timers.stopArtim();
                closeTransport();
                return State.STA1;
            }
            case AR_8 -> {
                indications.add(() -> l.onReleaseRequest(this));
                return role == Role.REQUESTOR ? State.STA9 : State.STA10;
            }
            case AR_9 -> {
                writeControl(new AReleaseRp());
                return State.STA11;
            }
            case AR_10 -> {
                indications.add(() -> l.onReleaseConfirm(this));
                return State.STA12;
            }
            case AA_1 -> {
                String why = event == Event.EVT15 ? (String) arg : unexpected(event, arg);
                recordAbort(new AbortInfo(AbortInfo.Kind.LOCAL_ABORT, AAbort.byServiceUser(), why), indications, l);
                writeControl(AAbort.byServiceUser());
                timers.startArtim(state);
                return State.STA13;
            }
            case AA_2 -> {
                timers.stopArtim();
                if (event == Event.EVT16) {
                    AAbort a = (AAbort) arg;
                    recordAbort(new AbortInfo(a.isServiceProviderAbort() ? AbortInfo.Kind.PROVIDER_ABORT
                            : AbortInfo.Kind.PEER_ABORT, a, "A-ABORT received in " + state.label()), indications, l);
                } else if (event == Event.EVT18) {
                    recordAbort(new AbortInfo(AbortInfo.Kind.PROVIDER_ABORT, null, (String) arg), indications, l);
                } else {
                    recordAbort(new AbortInfo(AbortInfo.Kind.LOCAL_ABORT, null, String.valueOf(arg)), indications, l);
                }
                closeTransport();
                return State.STA1;
            }
            case AA_3 -> {
                AAbort a = (AAbort) arg;
                recordAbort(new AbortInfo(a.source() == AbortSource.SERVICE_USER.code() ? AbortInfo.Kind.PEER_ABORT
                        : AbortInfo.Kind.PROVIDER_ABORT, a, "the peer sent A-ABORT in " + state.label()), indications, l);
                closeTransport();
                return State.STA1;
            }
            case AA_4 -> {
                recordAbort(new AbortInfo(AbortInfo.Kind.PROVIDER_ABORT, null, String.valueOf(arg)), indications, l);
                closeTransport();
                return State.STA1;
            }
            case AA_5 -> {
                timers.stopArtim();
                closeTransport();
                return State.STA1;
            }
            case AA_6 -> {
                trace.note("ignored " + (arg instanceof Pdu p ? p.type().standardName() : event.label())
                        + " in Sta13 (AA-6)");
                return State.STA13;
            }
            case AA_7 -> {
                writeControl(AAbort.byServiceProvider(reasonFor(event, arg)));
                return State.STA13;
            }
            case AA_8 -> {
                AAbort sent = AAbort.byServiceProvider(reasonFor(event, arg));
                recordAbort(new AbortInfo(AbortInfo.Kind.PROVIDER_ABORT, sent, unexpected(event, arg)), indications, l);
                writeControl(sent);
                timers.startArtim(state);
                return State.STA13;
            }
            default -> throw new IllegalStateException("no implementation for " + action);
        }
    }

    private String unexpected(Event event, Object arg) {
        if (arg instanceof PduDecodeException e) {
            return "invalid PDU: " + e.getMessage();
        }
        if (arg instanceof ProtocolViolation v) {
            return v.message();
        }
        if (arg instanceof Pdu p) {
            return p.type().standardName() + " is not expected in " + state.label() + " (" + state.definition() + ")";
        }
        return event.definition() + " in " + state.label();
    }

    private static AbortReason reasonFor(Event event, Object arg) {
        if (arg instanceof PduDecodeException e) {
            return e.abortReason();
        }
        if (arg instanceof ProtocolViolation v) {
            return v.reason();
        }
        return AbortReason.UNEXPECTED_PDU;
    }

    private void recordAbort(AbortInfo info, List<Runnable> indications, AssociationListener l) {
        if (abort == null) {
            abort = info;
            trace.note("abort: " + info);
            indications.add(() -> l.onAbort(this, info));
        }
        indications.add(() -> established.completeExceptionally(new AssociationAbortedException(info)));
    }

    private void enteredIdle(List<Runnable> indications) {
        timers.shutdown();
        closeTransport();
        AssociationListener l = listener;
        indications.add(() -> {
            established.completeExceptionally(new AssociationException("association " + trace.name()
                    + " ended before it was established" + (abort != null ? ": " + abort : "")));
            closed.complete(null);
            l.onClosed(this);
        });
    }

    private void establish(AAssociateRq rq, AAssociateAc ac) {
        List<PresentationContext> list = new ArrayList<>();
        for (var pc : rq.presentationContexts()) {
            var answer = ac.presentationContext(pc.id());
            int result = answer == null ? 2 : answer.result();
            list.add(new PresentationContext(pc.id(), pc.abstractSyntax(), pc.transferSyntaxes(), result,
                    answer != null && answer.isAccepted() ? answer.transferSyntax() : null));
        }
        contexts = List.copyOf(list);
        long toSend = role == Role.REQUESTOR ? ac.userInformation().maximumLength().orElse(0)
                : rq.userInformation().maximumLength().orElse(0);
        trace.negotiated(contexts, toSend, localMaxPduLength);
        timers.startIdle();
    }

    // =====================================================================================================
    // Transport

    /** Writes a PDU other than P-DATA-TF, under the state lock. A failure closes the transport (then Evt17). */
    private void writeControl(Pdu pdu) {
        PduWriter w = writer;
        if (w != null && !w.control(pdu)) {
            closeTransport();
        }
    }

    private void writePData(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) throws IOException {
        PduWriter w;
        synchronized (lock) {
            w = writer;
        }
        try {
            w.pData(a, aOff, aLen, b, bOff, bLen);
        } catch (IOException e) {
            throw new AssociationException("sending P-DATA-TF on " + trace.name() + " failed: " + e.getMessage()
                    + abortInfo().map(x -> " (" + x + ")").orElse(""), e);
        }
    }

    /** Fault injection: bytes written as they are, outside the state machine. */
    void writeRaw(byte[] bytes, String description) throws IOException {
        PduWriter w;
        synchronized (lock) {
            w = writer;
        }
        if (w == null) {
            throw new IOException("no transport connection yet");
        }
        w.raw(bytes, description);
    }

    void closeTransport() {
        Transport t;
        synchronized (lock) {
            t = transport;
        }
        if (t != null) {
            t.close();
        }
    }

    /** A PDU arrived (the reader calls this); the idle timer counts from the last PDU either way. */
    void touch() {
        lastRead = System.nanoTime();
    }

    private static boolean isSignificant(PDataTf p) {
        for (PresentationDataValue v : p.values()) {
            if (v.isCommand() || v.isLast()) {
                return true;
            }
        }
        return false;
    }

    long lastActivity() {
        PduWriter w = writer;
        return w == null ? lastRead : Math.max(lastRead, w.lastWrite());
    }

    @Override
    public String toString() {
        return trace.name() + " [" + state() + "]";
    }
}
