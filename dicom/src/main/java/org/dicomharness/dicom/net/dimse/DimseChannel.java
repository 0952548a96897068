package org.dicomharness.dicom.net.dimse;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.net.pdu.AAssociateAc;
import org.dicomharness.dicom.net.pdu.AsynchronousOperationsWindow;
import org.dicomharness.dicom.net.pdu.PDataTf;
import org.dicomharness.dicom.net.pdu.PresentationDataValue;
import org.dicomharness.dicom.net.pdu.Uid;
import org.dicomharness.dicom.net.ul.AbortInfo;
import org.dicomharness.dicom.net.ul.Association;
import org.dicomharness.dicom.net.ul.AssociationAbortedException;
import org.dicomharness.dicom.net.ul.AssociationException;
import org.dicomharness.dicom.net.ul.AssociationListener;
import org.dicomharness.dicom.net.ul.PresentationContext;
import org.dicomharness.dicom.net.ul.Role;
import org.dicomharness.dicom.net.ul.State;

/**
 * DIMSE over one association (PS3.7 Sections 6-10, PS3.8 Annex E): reassembles commands and data sets from
 * PDVs, dispatches requests to the {@link ServiceRegistry} on worker threads (as many as the negotiated
 * asynchronous operations window lets this side perform), routes responses to the requests this side
 * invoked, and sends messages whole, command then data set, fragmented to the peer's Maximum Length.
 *
 * <p>C-STORE data sets reach their handler as a stream while they arrive; other data sets (identifiers,
 * attribute lists) are bounded in memory. Protocol violations (a data set without its command, a data set on
 * another context, an unparseable command set) end the association with A-ABORT and a trace note.
 */
public final class DimseChannel implements AssociationListener {

    private static final int MAX_WORKERS = 16;

    private final ServiceRegistry services;
    private final DimseOptions options;
    private final ReentrantLock sendLock = new ReentrantLock();
    private final AtomicInteger messageIds = new AtomicInteger();
    private final Map<Integer, PendingRequest> pending = new ConcurrentHashMap<>();
    private final Map<Integer, ScpContext> performing = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object startLock = new Object();
    private volatile Association association;
    private volatile Semaphore window;
    private volatile int windowSize;
    private volatile ExecutorService workers;
    private volatile MessageAssembler assembler;

    public DimseChannel(ServiceRegistry services, DimseOptions options) {
        this.services = services == null ? new ServiceRegistry() : services;
        this.options = options;
    }

    /** Binds the channel to its association (the requestor after opening it; the acceptor when established). */
    public void bind(Association a) {
        this.association = a;
    }

    public Association association() {
        return association;
    }

    /** The next Message ID (1-65535, PS3.7 E.1), unique among this side's outstanding requests. */
    public int nextMessageId() {
        while (true) {
            int id = messageIds.incrementAndGet() & 0xFFFF;
            if (id != 0 && !pending.containsKey(id)) {
                return id;
            }
        }
    }

    /** Requests this side invoked that have no final response yet. */
    public int outstanding() {
        return pending.size();
    }

    /** The number of requests this side may have outstanding (the negotiated window; PS3.7 D.3.3.3). */
    public int invokeWindow() {
        start();
        return windowSize;
    }

    // =====================================================================================================
    // Window and workers, from the negotiated Asynchronous Operations Window

    private void start() {
        if (workers != null) {
            return;
        }
        synchronized (startLock) {
            if (workers != null) {
                return;
            }
            Association a = association;
            AAssociateAc ac = a.acceptance();
            AsynchronousOperationsWindow w = ac == null ? null : ac.userInformation().asynchronousOperationsWindow()
                    .orElse(null);
            int invoked = 1;
            int performed = 1;
            if (w != null) {
                // In the AC, "invoked" is what the requestor may invoke (the acceptor performs), and vice versa.
                invoked = a.role() == Role.REQUESTOR ? w.maxOperationsInvoked() : w.maxOperationsPerformed();
                performed = a.role() == Role.REQUESTOR ? w.maxOperationsPerformed() : w.maxOperationsInvoked();
            }
            windowSize = invoked == 0 ? Integer.MAX_VALUE : invoked;
            window = new Semaphore(windowSize);
            int threads = performed == 0 ? MAX_WORKERS : Math.min(performed, MAX_WORKERS);
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "dimse-worker " + a.trace().name());
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
            workers = pool;
        }
    }

    // =====================================================================================================
    // Receiving (association reader thread)

    @Override
    public void onPData(Association a, PDataTf pdu) {
        if (association == null) {
            association = a;
        }
        start();
        MessageAssembler in = assembler();
        for (PresentationDataValue v : pdu.values()) {
            try {
                in.pdv(v);
            } catch (DimseException e) {
                violation(e.getMessage());
                return;
            }
        }
    }

    private MessageAssembler assembler() {
        MessageAssembler in = assembler;
        if (in == null) {
            in = new MessageAssembler(association, new MessageAssembler.Dispatcher() {
                @Override
                public DataSetSink command(DimseMessage message, PresentationContext pc, boolean hasDataSet) {
                    return commandReceived(message, pc, hasDataSet);
                }

                @Override
                public String describe(DimseMessage message, PresentationContext pc) {
                    return DimseChannel.describe(message, pc, requestSop(message));
                }
            });
            assembler = in;
        }
        return in;
    }

    /** A complete command: where its data set goes, and what to do with the message. */
    private DataSetSink commandReceived(DimseMessage m, PresentationContext pc, boolean hasData) {
        Association a = association;
        long bound = options.maxInMemoryDataSet();
        if (m instanceof DimseResponse r) {
            PendingRequest p = pending.get(r.messageIdBeingRespondedTo());
            if (p == null) {
                a.trace().note("DIMSE: response to message ID " + r.messageIdBeingRespondedTo()
                        + ", which is not outstanding; ignored");
            }
            if (hasData) {
                return DataSetSink.memory(pc, bound, (ds, error) -> respond(p, r, ds));
            }
            respond(p, r, null);
            return null;
        }
        DimseRequest rq = (DimseRequest) m;
        if (rq instanceof CCancelRq cancel) {
            ScpContext ctx = performing.get(cancel.messageIdBeingRespondedTo());
            if (ctx != null) {
                ctx.cancel();
            } else {
                a.trace().note("DIMSE: C-CANCEL-RQ for message ID " + cancel.messageIdBeingRespondedTo()
                        + ", which is not being performed; ignored (PS3.7 9.3.2.3)");
            }
            return hasData ? DataSetSink.memory(pc, bound, (ds, error) -> { }) : null;
        }
        if (!hasData) {
            submit(pc, rq, null);
            return null;
        }
        if (rq instanceof CStoreRq && services.handler(CommandField.C_STORE_RQ, rq.sopClassUid()) != null) {
            PdvInputStream stream = new PdvInputStream();
            submit(pc, rq, stream);
            return DataSetSink.stream(stream, () -> {
                State s = a.state();
                return s != State.STA1 && s != State.STA13;
            });
        }
        return DataSetSink.memory(pc, bound, (ds, error) -> {
            if (error != null) {
                a.trace().note("DIMSE: the data set of " + rq.commandField() + " cannot be parsed: " + error.getMessage());
            }
            submit(pc, rq, error != null ? error : ds);
        });
    }

    private void respond(PendingRequest p, DimseResponse r, Dataset ds) {
        if (p == null) {
            return;
        }
        try {
            if (p.accept(r, ds)) {
                pending.remove(r.messageIdBeingRespondedTo());
                window.release();
            }
        } catch (RuntimeException e) {
            association.trace().note("DIMSE: the response listener failed: " + e);
        }
    }

    private void violation(String message) {
        Association a = association;
        a.trace().note("DIMSE protocol violation: " + message);
        assembler().fail(new IOException(message));
        a.abort("DIMSE protocol violation: " + message);
    }

    // =====================================================================================================
    // Performing requests (worker threads)

    private void submit(PresentationContext pc, DimseRequest rq, Object data) {
        inFlight.incrementAndGet();
        try {
            workers.execute(() -> perform(pc, rq, data));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            inFlight.decrementAndGet();
        }
    }

    private void perform(PresentationContext pc, DimseRequest rq, Object data) {
        Association a = association;
        ScpContext ctx = new ScpContext(this, pc, rq);
        performing.put(rq.messageId(), ctx);
        Outcome outcome;
        try {
            outcome = dispatch(ctx, rq, data);
        } catch (IOException | RuntimeException e) {
            a.trace().note("DIMSE: the " + rq.commandField() + " handler failed: " + e);
            outcome = Outcome.failure(failureStatus(rq), "processing failed: " + e.getMessage());
        } finally {
            if (data instanceof PdvInputStream stream) {
                long wait = Math.max(1000, a.timeouts().idle().toMillis());
                if (!stream.discardAndAwaitEnd(wait)) {
                    a.trace().note("DIMSE: the data set of message ID " + rq.messageId() + " did not end");
                }
            }
        }
        try {
            if (!options.responseDelay().isZero()) {
                a.trace().note("fault injected: response to message ID " + rq.messageId() + " delayed by "
                        + options.responseDelay().toMillis() + " ms");
                Thread.sleep(options.responseDelay().toMillis());
            }
            State s = a.state();
            if (s == State.STA6 || s == State.STA8) {
                sendResponse(ctx, outcome);
            }
        } catch (IOException e) {
            a.trace().note("DIMSE: the response to message ID " + rq.messageId() + " was not sent: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            performing.remove(rq.messageId());
            inFlight.decrementAndGet();
        }
        for (Runnable task : ctx.afterResponseTasks()) {
            try {
                task.run();
            } catch (RuntimeException e) {
                a.trace().note("DIMSE: the task after the response to message ID " + rq.messageId() + " failed: " + e);
            }
        }
    }

    private static int failureStatus(DimseRequest rq) {
        return rq instanceof CStoreRq ? Status.STORAGE_CANNOT_UNDERSTAND : Status.PROCESSING_FAILURE;
    }

    private Outcome dispatch(ScpContext ctx, DimseRequest rq, Object data) throws IOException {
        PresentationContext pc = ctx.presentationContext();
        if (!pc.abstractSyntax().equals(rq.sopClassUid())) {
            return Outcome.failure(Status.SOP_CLASS_NOT_SUPPORTED, "SOP Class " + rq.sopClassUid()
                    + " is not the abstract syntax of presentation context " + pc.id());
        }
        if (data instanceof IOException e) {
            return Outcome.failure(rq instanceof CFindRq || rq instanceof CGetRq || rq instanceof CMoveRq
                    ? Status.UNABLE_TO_PROCESS : Status.PROCESSING_FAILURE, "data set unreadable: " + e.getMessage());
        }
        Object h = services.handler(rq.commandField(), rq.sopClassUid());
        if (h == null) {
            return Outcome.failure(Status.SOP_CLASS_NOT_SUPPORTED, "this AE does not perform " + rq.commandField()
                    + " for " + rq.sopClassUid());
        }
        Dataset ds = data instanceof Dataset d ? d : null;
        if (rq instanceof CEchoRq r) {
            return ((CEchoScp) h).echo(ctx, r);
        }
        if (rq instanceof CStoreRq r) {
            return ((CStoreScp) h).store(ctx, r, (InputStream) data);
        }
        if (rq instanceof CFindRq r) {
            return ((CFindScp) h).find(ctx, r, require(ds, r));
        }
        if (rq instanceof CGetRq r) {
            return ((CGetScp) h).get(ctx, r, require(ds, r));
        }
        if (rq instanceof CMoveRq r) {
            return ((CMoveScp) h).move(ctx, r, require(ds, r));
        }
        if (rq instanceof NEventReportRq r) {
            return ((NEventReportScp) h).eventReport(ctx, r, ds);
        }
        if (rq instanceof NGetRq r) {
            return ((NGetScp) h).get(ctx, r);
        }
        if (rq instanceof NSetRq r) {
            return ((NSetScp) h).set(ctx, r, require(ds, r));
        }
        if (rq instanceof NActionRq r) {
            return ((NActionScp) h).action(ctx, r, ds);
        }
        if (rq instanceof NCreateRq r) {
            return ((NCreateScp) h).create(ctx, r, ds);
        }
        if (rq instanceof NDeleteRq r) {
            return ((NDeleteScp) h).delete(ctx, r);
        }
        return Outcome.failure(Status.UNRECOGNIZED_OPERATION, rq.commandField() + " is not performed here");
    }

    private static Dataset require(Dataset ds, DimseRequest rq) throws DimseException {
        if (ds == null) {
            throw new DimseException(rq.commandField() + " came without the data set it requires (PS3.7 9.3/10.3)");
        }
        return ds;
    }

    private void sendResponse(ScpContext ctx, Outcome o) throws IOException {
        DimseRequest rq = ctx.request();
        int id = rq.messageId();
        String sop = rq.sopClassUid();
        DimseResponse rsp;
        if (rq instanceof CEchoRq) {
            rsp = new CEchoRsp(id, sop, o.status(), o.detail());
        } else if (rq instanceof CStoreRq r) {
            rsp = new CStoreRsp(id, sop, r.affectedSopInstanceUid(), o.status(), o.detail());
        } else if (rq instanceof CFindRq) {
            rsp = new CFindRsp(id, sop, o.status(), o.detail());
        } else if (rq instanceof CGetRq) {
            rsp = new CGetRsp(id, sop, o.status(), o.subOperations(), o.detail());
        } else if (rq instanceof CMoveRq) {
            rsp = new CMoveRsp(id, sop, o.status(), o.subOperations(), o.detail());
        } else if (rq instanceof NEventReportRq r) {
            rsp = new NEventReportRsp(id, sop, r.affectedSopInstanceUid(), r.eventTypeId(), o.status(), o.detail());
        } else if (rq instanceof NGetRq r) {
            rsp = new NGetRsp(id, sop, r.requestedSopInstanceUid(), o.status(), o.detail());
        } else if (rq instanceof NSetRq r) {
            rsp = new NSetRsp(id, sop, r.requestedSopInstanceUid(), o.status(), o.detail());
        } else if (rq instanceof NActionRq r) {
            rsp = new NActionRsp(id, sop, r.requestedSopInstanceUid(), r.actionTypeId(), o.status(), o.detail());
        } else if (rq instanceof NCreateRq r) {
            rsp = new NCreateRsp(id, sop, o.sopInstanceUid() != null ? o.sopInstanceUid() : r.affectedSopInstanceUid(),
                    o.status(), o.detail());
        } else {
            NDeleteRq r = (NDeleteRq) rq;
            rsp = new NDeleteRsp(id, sop, r.requestedSopInstanceUid(), o.status(), o.detail());
        }
        send(ctx.presentationContext(), rsp, o.dataSet() == null ? null : DataSets.of(o.dataSet()));
    }

    void sendPending(ScpContext ctx, int status, Dataset identifier, SubOperations counts) throws IOException {
        DimseRequest rq = ctx.request();
        DimseResponse rsp;
        if (rq instanceof CFindRq) {
            rsp = new CFindRsp(rq.messageId(), rq.sopClassUid(), status, ResponseDetail.NONE);
        } else if (rq instanceof CGetRq) {
            rsp = new CGetRsp(rq.messageId(), rq.sopClassUid(), status, counts, ResponseDetail.NONE);
        } else if (rq instanceof CMoveRq) {
            rsp = new CMoveRsp(rq.messageId(), rq.sopClassUid(), status, counts, ResponseDetail.NONE);
        } else {
            throw new IllegalStateException(rq.commandField() + " has no pending responses (PS3.7 9.1)");
        }
        send(ctx.presentationContext(), rsp, identifier == null ? null : DataSets.of(identifier));
    }

    // =====================================================================================================
    // Invoking requests and sending

    /**
     * Sends a request and returns at once; the responses go to {@code listener} and {@link PendingRequest#await()}.
     * Blocks while the asynchronous operations window is full.
     */
    public PendingRequest invoke(PresentationContext pc, DimseRequest rq, DataSetWriter data, ResponseListener listener)
            throws IOException {
        start();
        Association a = association;
        long timeout = a.timeouts().dimseResponse().toMillis();
        try {
            if (!window.tryAcquire(timeout == 0 ? Long.MAX_VALUE : timeout, TimeUnit.MILLISECONDS)) {
                throw new DimseTimeoutException("DIMSE response timer expired: the asynchronous operations window of "
                        + windowSize + " stayed full for " + timeout + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the asynchronous operations window");
        }
        PendingRequest p = new PendingRequest(this, rq, pc, listener, timeout);
        pending.put(rq.messageId(), p);
        try {
            send(pc, rq, data);
        } catch (IOException | RuntimeException e) {
            if (pending.remove(rq.messageId()) != null) {
                window.release();
            }
            throw e;
        }
        p.sent();
        return p;
    }

    /** Sends a C-CANCEL-RQ for an outstanding C-FIND, C-GET or C-MOVE (PS3.7 9.3.2.3). */
    public void cancel(PendingRequest request) throws IOException {
        send(request.presentationContext(), new CCancelRq(request.request().messageId()), null);
    }

    /** Sends one message: the command set, then the data set if any, never interleaved with another message. */
    public void send(PresentationContext pc, DimseMessage message, DataSetWriter data) throws IOException {
        Association a = association;
        if (pc == null || !pc.isAccepted()) {
            throw new DimseException("cannot send " + message.commandField() + ": presentation context "
                    + (pc == null ? "(none)" : pc.id()) + " was not accepted");
        }
        byte[] command = CommandSet.encode(message, data != null);
        sendLock.lock();
        try {
            a.trace().note("DIMSE -> " + describe(message, pc, requestSop(message)) + (data != null ? " + data set" : ""));
            PdvOutputStream cmd = new PdvOutputStream(a, pc.id(), true, false, command.length);
            cmd.write(command);
            cmd.close();
            if (data != null) {
                PdvOutputStream out = new PdvOutputStream(a, pc.id(), false, options.dropLastFragment());
                try {
                    data.write(out, TransferSyntax.of(pc.transferSyntax()));
                } catch (IOException | RuntimeException e) {
                    // The command is on the wire and the data set is not complete: no later message could be
                    // told apart from it (PS3.8 E.2), so the association cannot go on.
                    String msg = "the data set of " + message.commandField() + " could not be sent completely after "
                            + out.sent() + " bytes: " + e.getMessage();
                    a.trace().note("DIMSE: " + msg);
                    a.abort(msg);
                    throw e;
                }
                out.close();
            }
        } finally {
            sendLock.unlock();
        }
    }

    /** Called by {@link PendingRequest#await()} when the DIMSE response timer expired. */
    void timedOut(PendingRequest p, String message) {
        Association a = association;
        a.trace().note(message);
        a.abort(message);
        failAll(new DimseTimeoutException(message));
    }

    private void failAll(IOException e) {
        for (Map.Entry<Integer, PendingRequest> en : List.copyOf(pending.entrySet())) {
            if (pending.remove(en.getKey()) != null) {
                en.getValue().fail(e);
                Semaphore w = window;
                if (w != null) {
                    w.release();
                }
            }
        }
        MessageAssembler in = assembler;
        if (in != null) {
            in.fail(e);
        }
    }

    // =====================================================================================================
    // Release and abort indications

    @Override
    public void onReleaseRequest(Association a) {
        Thread t = new Thread(() -> {
            awaitIdle(a.timeouts().idle());
            State s = a.state();
            if (s == State.STA8 || s == State.STA9) {
                a.releaseResponse();
            }
        }, "dimse-release " + a.trace().name());
        t.setDaemon(true);
        t.start();
    }

    private void awaitIdle(Duration bound) {
        long end = System.nanoTime() + (bound.isZero() ? TimeUnit.SECONDS.toNanos(60) : bound.toNanos());
        while (inFlight.get() > 0 && System.nanoTime() < end) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void onAbort(Association a, AbortInfo abort) {
        failAll(new AssociationAbortedException(abort));
    }

    @Override
    public void onClosed(Association a) {
        failAll(a.wasReleased() ? new AssociationException("association " + a.trace().name() + " was released")
                : new AssociationException("association " + a.trace().name() + " closed"
                + a.abortInfo().map(x -> ": " + x).orElse("")));
        ExecutorService w = workers;
        if (w != null) {
            w.shutdown();
        }
    }

    // =====================================================================================================
    // Evidence

    private String requestSop(DimseMessage m) {
        if (m instanceof DimseRequest r) {
            return r.sopClassUid();
        }
        PendingRequest p = pending.get(((DimseResponse) m).messageIdBeingRespondedTo());
        if (p != null) {
            return p.request().sopClassUid();
        }
        ScpContext c = performing.get(((DimseResponse) m).messageIdBeingRespondedTo());
        return c == null ? null : c.request().sopClassUid();
    }

    static String describe(DimseMessage m, PresentationContext pc, String sopClassUid) {
        StringBuilder sb = new StringBuilder(m.commandField().standardName());
        if (m instanceof DimseRequest r) {
            sb.append(" msg ").append(r.messageId());
            if (r.sopClassUid() != null) {
                sb.append(' ').append(Uid.describe(r.sopClassUid()));
            }
            if (r instanceof CStoreRq s) {
                sb.append(" instance ").append(s.affectedSopInstanceUid());
            }
            if (r instanceof CMoveRq mv) {
                sb.append(" to ").append(mv.moveDestination());
            }
            sb.append(describeNRequest(r));
        } else {
            DimseResponse r = (DimseResponse) m;
            Status st = StatusRegistry.standard().lookup(r.status(), ServiceClass.of(r.commandField(), sopClassUid));
            sb.append(" to msg ").append(r.messageIdBeingRespondedTo()).append(" status ").append(st);
            if (!r.detail().isEmpty()) {
                sb.append(' ').append(r.detail());
            }
            if (r instanceof CGetRsp g) {
                sb.append(' ').append(g.subOperations());
            } else if (r instanceof CMoveRsp mv) {
                sb.append(' ').append(mv.subOperations());
            }
            sb.append(describeNResponse(r));
        }
        if (pc != null) {
            sb.append(" [pc ").append(pc.id()).append(']');
        }
        return sb.toString();
    }

    /** The SOP Instance and the event or action type of a DIMSE-N request (PS3.7 10.3), for the evidence. */
    private static String describeNRequest(DimseRequest r) {
        if (r instanceof NEventReportRq n) {
            return " instance " + n.affectedSopInstanceUid() + " event type " + n.eventTypeId();
        }
        if (r instanceof NActionRq n) {
            return " instance " + n.requestedSopInstanceUid() + " action type " + n.actionTypeId();
        }
        if (r instanceof NCreateRq n) {
            return " instance " + (n.affectedSopInstanceUid() == null ? "(to be assigned)" : n.affectedSopInstanceUid());
        }
        if (r instanceof NSetRq n) {
            return " instance " + n.requestedSopInstanceUid();
        }
        if (r instanceof NGetRq n) {
            return " instance " + n.requestedSopInstanceUid();
        }
        if (r instanceof NDeleteRq n) {
            return " instance " + n.requestedSopInstanceUid();
        }
        return "";
    }

    /** The SOP Instance and the event or action type of a DIMSE-N response (PS3.7 10.3), for the evidence. */
    private static String describeNResponse(DimseResponse r) {
        if (r instanceof NEventReportRsp n) {
            return " instance " + n.affectedSopInstanceUid() + (n.eventTypeId() == null ? "" : " event type "
                    + n.eventTypeId());
        }
        if (r instanceof NActionRsp n) {
            return " instance " + n.affectedSopInstanceUid() + (n.actionTypeId() == null ? "" : " action type "
                    + n.actionTypeId());
        }
        if (r instanceof NCreateRsp n) {
            return " instance " + n.affectedSopInstanceUid();
        }
        if (r instanceof NSetRsp n) {
            return " instance " + n.affectedSopInstanceUid();
        }
        return "";
    }
}
