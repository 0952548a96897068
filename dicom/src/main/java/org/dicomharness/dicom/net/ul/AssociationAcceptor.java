package org.dicomharness.dicom.net.ul;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.dicomharness.dicom.net.pdu.AAssociateRj;
import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.pdu.AssociateRejectReason;
import org.dicomharness.dicom.net.pdu.AssociateRejectResult;
import org.dicomharness.dicom.net.pdu.PresentationContextRq;

/**
 * Accepts associations on a bound address (PS3.8 7.1, association-acceptor). Each transport connection is
 * an {@link Association} in Sta2 (AE-5, ARTIM running) with its own reader thread. On the A-ASSOCIATE-RQ the
 * service-provider first checks (AE-6) the protocol version (otherwise A-ASSOCIATE-RJ 1, 2, 2
 * protocol-version-not-supported), unique presentation context IDs (1, 2, 1) and the association limit
 * (2, 3, 2 rejected-transient local-limit-exceeded); then the user's {@link Negotiator} decides (Sta3) on
 * a worker thread, so that the reader keeps reading.
 *
 * <p>Connections beyond the limit plus a small headroom (which exists so that refused requestors get their
 * A-ASSOCIATE-RJ) are closed at once.
 */
public final class AssociationAcceptor implements AutoCloseable {

    /** Connections admitted beyond the association limit, to send them their A-ASSOCIATE-RJ. */
    public static final int REJECT_HEADROOM = 4;
    /** Traces kept for evidence after their association closed; bounded, a long-running SCP must not grow. */
    private static final int RECENT_TRACES = 32;

    private final AcceptorConfig config;
    private final AssociationHandler handler;
    private final ServerSocket server;
    private final ThreadPoolExecutor workers;
    private final Set<Association> live = ConcurrentHashMap.newKeySet();
    private final AtomicInteger admitted = new AtomicInteger();
    private final AtomicLong counter = new AtomicLong();
    private final AtomicLong closedAtOnce = new AtomicLong();
    private final Deque<AssociationTrace> recent = new ArrayDeque<>();
    private final Thread acceptThread;
    private volatile boolean closing;

    private AssociationAcceptor(AcceptorConfig config, AssociationHandler handler) throws IOException {
        this.config = config;
        this.handler = handler;
        InetSocketAddress bind = new InetSocketAddress(InetAddress.getByName(config.host()), config.port());
        if (config.tls() != null) {
            SSLServerSocket s = (SSLServerSocket) config.tls().context().getServerSocketFactory().createServerSocket();
            config.tls().configure(s);
            server = s;
        } else {
            server = new ServerSocket();
        }
        server.setReuseAddress(true);
        server.bind(bind, 64);
        int limit = config.policy().maxAssociations() + REJECT_HEADROOM;
        workers = new ThreadPoolExecutor(0, limit * 2, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "dicom-acceptor-worker " + localPort());
            t.setDaemon(true);
            return t;
        });
        acceptThread = new Thread(this::acceptLoop, "dicom-acceptor " + localPort());
        acceptThread.setDaemon(true);
        acceptThread.start();
    }

    /** Binds and starts accepting. */
    public static AssociationAcceptor start(AcceptorConfig config, AssociationHandler handler) throws IOException {
        return new AssociationAcceptor(config, handler);
    }

    public int localPort() {
        return server.getLocalPort();
    }

    public String host() {
        return config.host();
    }

    public AcceptorConfig config() {
        return config;
    }

    /** Associations whose transport connection is open. */
    public List<Association> liveAssociations() {
        return List.copyOf(live);
    }

    /** Traces of the most recent closed associations, oldest first. */
    public List<AssociationTrace> recentTraces() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    /** Connections closed without any PDU because even the rejection headroom was exhausted. */
    public long connectionsClosedAtOnce() {
        return closedAtOnce.get();
    }

    private void acceptLoop() {
        while (!closing) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (closing) {
                    return;
                }
                continue;
            }
            if (live.size() >= config.policy().maxAssociations() + REJECT_HEADROOM) {
                closedAtOnce.incrementAndGet();
                closeQuietly(socket);
                continue;
            }
            try {
                workers.execute(() -> open(socket));
            } catch (RejectedExecutionException e) {
                closedAtOnce.incrementAndGet();
                closeQuietly(socket);
            }
        }
    }

    private void open(Socket socket) {
        long n = counter.incrementAndGet();
        String name = "#" + n + " " + socket.getRemoteSocketAddress() + "->" + config.host() + ":" + localPort();
        Association a = new Association(Role.ACCEPTOR, name, config.timeouts(), config.policy().maxPduLength());
        AtomicInteger admittedHere = new AtomicInteger();
        a.setProviderCheck(rq -> providerCheck(a, rq, admittedHere));
        a.setListener(new AssociationListener() {
            @Override
            public void onAssociateRequest(Association association, AAssociateRq request) {
                negotiate(association, request);
            }
        });
        a.closedFuture().whenComplete((v, e) -> {
            live.remove(a);
            if (admittedHere.get() > 0) {
                admitted.decrementAndGet();
            }
            synchronized (recent) {
                if (recent.size() >= RECENT_TRACES) {
                    recent.removeFirst();
                }
                recent.addLast(a.trace());
            }
        });
        live.add(a);
        try {
            int artim = (int) Math.min(Integer.MAX_VALUE, config.timeouts().artim().toMillis());
            if (socket instanceof SSLSocket ssl) {
                config.tls().handshake(ssl, artim);
            }
            a.transportIndication(new SocketTransport(socket, config.outputFilter()));
        } catch (IOException | RuntimeException e) {
            a.trace().note("transport connection failed before the association started: " + e.getMessage());
            closeQuietly(socket);
            live.remove(a);
            synchronized (recent) {
                recent.addLast(a.trace());
            }
        }
    }

    /** AE-6: what the service-provider checks before the user sees the request. */
    private AAssociateRj providerCheck(Association a, AAssociateRq rq, AtomicInteger admittedHere) {
        if ((rq.protocolVersion() & 1) == 0) {
            a.trace().note("protocol version " + rq.protocolVersion() + " lacks bit 0 (version 1, PS3.8 9.3.2)");
            return AAssociateRj.of(AssociateRejectResult.REJECTED_PERMANENT,
                    AssociateRejectReason.PROTOCOL_VERSION_NOT_SUPPORTED);
        }
        Set<Integer> ids = new HashSet<>();
        for (PresentationContextRq pc : rq.presentationContexts()) {
            if (!ids.add(pc.id())) {
                a.trace().note("presentation context ID " + pc.id() + " is proposed twice (PS3.8 9.3.2.2: IDs are "
                        + "unique within an association)");
                return AAssociateRj.of(AssociateRejectResult.REJECTED_PERMANENT, AssociateRejectReason.ACSE_NO_REASON_GIVEN);
            }
        }
        while (true) {
            int now = admitted.get();
            if (now >= config.policy().maxAssociations()) {
                a.trace().note("association limit of " + config.policy().maxAssociations() + " reached");
                return AAssociateRj.of(AssociateRejectResult.REJECTED_TRANSIENT, AssociateRejectReason.LOCAL_LIMIT_EXCEEDED);
            }
            if (admitted.compareAndSet(now, now + 1)) {
                admittedHere.set(1);
                return null;
            }
        }
    }

    private void negotiate(Association a, AAssociateRq rq) {
        Runnable decide = () -> {
            NegotiationResult result;
            try {
                result = config.negotiator().negotiate(rq);
            } catch (RuntimeException e) {
                a.trace().note("the negotiator failed: " + e);
                result = new NegotiationResult.Reject(AAssociateRj.of(AssociateRejectResult.REJECTED_TRANSIENT,
                        AssociateRejectReason.USER_NO_REASON_GIVEN), "negotiator failed: " + e.getMessage());
            }
            a.trace().note("negotiation: " + result.reason());
            try {
                if (result instanceof NegotiationResult.Accept accept) {
                    a.setListener(handler.established(a));
                    a.acceptAssociation(accept.ac());
                } else if (result instanceof NegotiationResult.Reject reject) {
                    a.rejectAssociation(reject.rj());
                }
            } catch (IllegalStateException e) {
                // The peer aborted or closed while the user deliberated (Sta3 left by AA-3/AA-4/AA-8).
                a.trace().note("A-ASSOCIATE response not sent: " + e.getMessage());
            }
        };
        try {
            workers.execute(decide);
        } catch (RejectedExecutionException e) {
            a.abort("no worker thread free to negotiate");
        }
    }

    /** Stops accepting, aborts live associations and waits (bounded) for their readers to finish. */
    @Override
    public void close() {
        closing = true;
        try {
            server.close();
        } catch (IOException e) {
            // Already closed.
        }
        for (Association a : List.copyOf(live)) {
            a.abort("acceptor shutting down");
        }
        Duration wait = config.timeouts().artim().plusSeconds(2);
        for (Association a : List.copyOf(live)) {
            try {
                if (!a.awaitClosed(wait)) {
                    a.closeTransport();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        workers.shutdownNow();
        try {
            acceptThread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // Nothing more to do.
        }
    }

    @Override
    public String toString() {
        return "acceptor " + config.host() + ":" + localPort() + (config.tls() != null ? " (TLS)" : "");
    }
}
