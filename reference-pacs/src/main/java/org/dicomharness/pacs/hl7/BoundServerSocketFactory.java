package org.dicomharness.pacs.hl7;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.util.concurrent.CompletableFuture;
import ca.uhn.hl7v2.util.StandardSocketFactory;

/**
 * HAPI's socket factory, except that the listening socket binds to one address (HAPI binds to every interface):
 * the PACS listens on its configured bind address, 127.0.0.1 by default. Port 0 picks a free port, which
 * {@link #boundPort()} reports once HAPI's acceptor thread has bound.
 */
final class BoundServerSocketFactory extends StandardSocketFactory {

    private final String bindAddress;
    private final CompletableFuture<Integer> bound = new CompletableFuture<>();

    BoundServerSocketFactory(String bindAddress) {
        this.bindAddress = bindAddress;
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new ServerSocket() {
            @Override
            public void bind(SocketAddress endpoint, int backlog) throws IOException {
                int port = endpoint instanceof InetSocketAddress inet ? inet.getPort() : 0;
                try {
                    super.bind(new InetSocketAddress(bindAddress, port), backlog);
                    bound.complete(getLocalPort());
                } catch (IOException | RuntimeException e) {
                    bound.completeExceptionally(e);
                    throw e;
                }
            }
        };
    }

    /** The port the listener bound, once it has; fails with why it could not bind. */
    CompletableFuture<Integer> boundPort() {
        return bound;
    }
}
