package org.dicomharness.dicom.net.fault;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** A listening socket whose connections become {@link RawConnection}s: a scripted acceptor for requestor tests. */
public final class RawServer implements AutoCloseable {

    private final ServerSocket server;

    private RawServer(ServerSocket server) {
        this.server = server;
    }

    /** Binds 127.0.0.1 on an ephemeral port; {@code backlog} 0 uses the system default. */
    public static RawServer bind(int backlog) throws IOException {
        ServerSocket s = new ServerSocket();
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
        return new RawServer(s);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The next connection within {@code timeout}. */
    public RawConnection accept(Duration timeout) throws IOException {
        server.setSoTimeout((int) timeout.toMillis());
        try {
            Socket s = server.accept();
            return RawConnection.of(s);
        } catch (SocketTimeoutException e) {
            throw new SocketTimeoutException("no connection within " + timeout.toMillis() + " ms");
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // Closed.
        }
    }
}
