package org.dicomharness.dicom.net.ul;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A {@link Transport} over a {@link Socket} or an {@link SSLSocket}. Nagle's algorithm is always off
 * (TCP_NODELAY): a DIMSE exchange is a series of small request/response PDUs, and Nagle costs about 40 ms
 * per message on loopback.
 */
public final class SocketTransport implements Transport {

    static final int BUFFER = 64 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String description;
    private volatile boolean closed;

    public SocketTransport(Socket socket) throws IOException {
        this(socket, UnaryOperator.identity());
    }

    /**
     * @param outputFilter wraps the socket's output stream, for fault injection (e.g. abort after N bytes)
     */
    public SocketTransport(Socket socket, UnaryOperator<OutputStream> outputFilter) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = new BufferedInputStream(socket.getInputStream(), BUFFER);
        this.out = new BufferedOutputStream(outputFilter.apply(socket.getOutputStream()), BUFFER);
        this.description = socket.getLocalSocketAddress() + " -> " + socket.getRemoteSocketAddress();
    }

    @Override
    public InputStream input() {
        return in;
    }

    @Override
    public OutputStream output() {
        return out;
    }

    @Override
    public String describe() {
        return description + tls().map(t -> " (" + t + ")").orElse("");
    }

    @Override
    public Optional<TlsInfo> tls() {
        if (!(socket instanceof SSLSocket ssl)) {
            return Optional.empty();
        }
        SSLSession session = ssl.getSession();
        String peer;
        try {
            peer = session.getPeerPrincipal().getName();
        } catch (SSLPeerUnverifiedException e) {
            peer = null;
        }
        return Optional.of(new TlsInfo(session.getProtocol(), session.getCipherSuite(), peer));
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is best effort: the connection is gone either way.
        }
    }
}
