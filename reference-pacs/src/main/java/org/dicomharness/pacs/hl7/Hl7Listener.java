package org.dicomharness.pacs.hl7;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dicomharness.pacs.index.EventLog;
import org.dicomharness.pacs.reconcile.PatientService;
import org.dicomharness.pacs.worklist.OrderService;

/**
 * The PACS's HL7 v2 listener: HAPI's MLLP server ({@code ./harness pacs --hl7-port PORT}) with the
 * {@link RisApplication}. Every message, whatever its HL7 version (2.3.1 RAD-4 ORM, 2.5.1 OMI), is parsed into the
 * HL7 2.5 structures, so one mapping serves all. Binds to the PACS's bind address only.
 */
public final class Hl7Listener implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = 10;

    private final HapiContext context;
    private final ExecutorService executor;
    private final HL7Service server;
    private final int port;

    private Hl7Listener(HapiContext context, ExecutorService executor, HL7Service server, int port) {
        this.context = context;
        this.executor = executor;
        this.server = server;
        this.port = port;
    }

    /**
     * Starts listening on {@code bindAddress}:{@code port} (0 picks a free port).
     *
     * @throws IOException when the port cannot be bound (in use, not permitted), naming it
     */
    public static Hl7Listener start(String bindAddress, int port, PatientService patients, OrderService orders,
                                    EventLog events) throws IOException {
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "pacs-hl7");
            t.setDaemon(true);
            return t;
        });
        HapiContext context = new DefaultHapiContext(executor);
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
        // HAPI's default message-ID generator writes a file "id_file" into the working directory.
        context.getParserConfiguration().setIdGenerator(new ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator());
        BoundServerSocketFactory sockets = new BoundServerSocketFactory(bindAddress);
        context.setSocketFactory(sockets);
        HL7Service server = context.newServer(port, false);
        RisApplication application = new RisApplication(patients, orders, events);
        server.registerApplication(application);
        server.setExceptionHandler(application.parseFailures(context.getPipeParser()));
        try {
            server.startAndWait();
            int bound = sockets.boundPort().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new Hl7Listener(context, executor, server, bound);
        } catch (ExecutionException | TimeoutException e) {
            shutdown(server, context, executor);
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IOException("the HL7 listener cannot listen on " + bindAddress + ":" + port + ": "
                    + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            shutdown(server, context, executor);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the HL7 listener", e);
        }
    }

    /** The port the listener is bound to. */
    public int port() {
        return port;
    }

    @Override
    public void close() {
        shutdown(server, context, executor);
    }

    private static void shutdown(HL7Service server, HapiContext context, ExecutorService executor) {
        server.stopAndWait();
        try {
            context.close();
        } catch (IOException ignored) {
            // Closing the context only releases its executor, which is shut down below anyway.
        }
        executor.shutdownNow();
    }
}
