package org.dicomharness.dicom.net.ul;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.function.UnaryOperator;
import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.tls.TlsConfig;

/**
 * Opens associations as association-requestor (PS3.8 7.1): Evt1 (AE-1), the transport connection within the
 * connect timer (and the TLS handshake), Evt2 (AE-2 sends the A-ASSOCIATE-RQ), then waits for AE-3 (AC),
 * AE-4 (RJ) or an abort.
 *
 * @param timeouts     the association's timers
 * @param tls          TLS configuration, or {@code null} for plain TCP
 * @param outputFilter wraps the socket output (fault injection); identity for normal use
 */
public record AssociationRequestor(Timeouts timeouts, TlsConfig tls, UnaryOperator<OutputStream> outputFilter) {

    public AssociationRequestor(Timeouts timeouts, TlsConfig tls) {
        this(timeouts, tls, UnaryOperator.identity());
    }

    public AssociationRequestor() {
        this(Timeouts.defaults(), null);
    }

    public AssociationRequestor withOutputFilter(UnaryOperator<OutputStream> filter) {
        return new AssociationRequestor(timeouts, tls, filter);
    }

    /**
     * Establishes an association; the listener receives P-DATA and release/abort indications.
     *
     * @throws AssociationRejectedException with the A-ASSOCIATE-RJ when the peer rejects
     * @throws AssociationAbortedException  when the association is aborted before it is established
     * @throws AssociationException         when the transport connection cannot be opened
     */
    public Association open(String host, int port, AAssociateRq rq, AssociationListener listener)
            throws AssociationException {
        Association a = request(host, port, rq, listener);
        try {
            a.awaitEstablished();
        } catch (AssociationException e) {
            e.attachTrace(a.trace());
            throw e;
        }
        return a;
    }

    /**
     * Opens the transport connection and sends the A-ASSOCIATE-RQ without waiting for the answer: the
     * association is returned in Sta5; {@link Association#awaitEstablished()} waits for AE-3 or AE-4.
     *
     * @throws AssociationException when the transport connection cannot be opened (Evt17 in Sta4, AA-4)
     */
    public Association request(String host, int port, AAssociateRq rq, AssociationListener listener)
            throws AssociationException {
        String name = rq.callingAeTitle() + "->" + rq.calledAeTitle() + "@" + host + ":" + port;
        long maxLength = rq.userInformation().maximumLength().orElse(0);
        Association a = new Association(Role.REQUESTOR, name, timeouts, maxLength);
        if (listener != null) {
            a.setListener(listener);
        }
        a.requestAssociation(rq);
        Transport t;
        try {
            t = connect(host, port);
        } catch (IOException e) {
            String msg = (e instanceof SocketTimeoutException ? "connect timer expired after "
                    + timeouts.connect().toMillis() + " ms" : "cannot open the transport connection") + " to "
                    + host + ":" + port + (tls != null ? " (TLS)" : "") + ": " + e.getMessage();
            a.trace().note(msg);
            a.transportFailed(msg);
            AssociationException failure = new AssociationException(msg, e);
            failure.attachTrace(a.trace());
            throw failure;
        }
        a.transportConfirmed(t);
        return a;
    }

    private Transport connect(String host, int port) throws IOException {
        InetSocketAddress address = new InetSocketAddress(host, port);
        int connectMillis = (int) Math.min(Integer.MAX_VALUE, timeouts.connect().toMillis());
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(address, connectMillis);
            if (tls != null) {
                return new SocketTransport(tls.connect(socket, address, connectMillis), outputFilter);
            }
            return new SocketTransport(socket, outputFilter);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}
