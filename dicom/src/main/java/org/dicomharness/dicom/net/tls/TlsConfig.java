package org.dicomharness.dicom.net.tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for DICOM (PS3.15 Annex B) on JSSE: an SSL context with this side's key and certificate and the
 * certificates it trusts, a {@link TlsProfile}, and whether the acceptor requires a client certificate.
 * Peers are authenticated by their certificate chain against the trust store; host names are not checked
 * (DICOM identifies nodes by certificate and AE title, PS3.15 B.1).
 *
 * @param context           the JSSE context with key and trust managers
 * @param profile           protocols and cipher suites
 * @param requireClientAuth acceptor side: refuse clients without a trusted certificate
 */
public record TlsConfig(SSLContext context, TlsProfile profile, boolean requireClientAuth) {

    /**
     * Builds a configuration from PKCS#12 (or JKS) key and trust stores.
     *
     * @param keyStore   this side's private key and certificate chain, or {@code null} (a client without certificate)
     * @param trustStore the certificates this side trusts
     */
    public static TlsConfig fromKeyStores(Path keyStore, char[] keyStorePassword, Path trustStore,
                                          char[] trustStorePassword, TlsProfile profile, boolean requireClientAuth)
            throws IOException {
        try {
            KeyManagerFactory kmf = null;
            if (keyStore != null) {
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(load(keyStore, keyStorePassword), keyStorePassword);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(load(trustStore, trustStorePassword));
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return new TlsConfig(ctx, profile, requireClientAuth);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS from key store " + keyStore + " and trust store " + trustStore
                    + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path path, char[] password) throws IOException, GeneralSecurityException {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        KeyStore ks = KeyStore.getInstance(name.endsWith(".jks") ? "JKS" : "PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            ks.load(in, password);
        }
        return ks;
    }

    /** Opens a TLS connection as client and completes the handshake within {@code timeoutMillis}. */
    public SSLSocket connect(Socket plain, InetSocketAddress address, int timeoutMillis) throws IOException {
        SSLSocket s = (SSLSocket) context.getSocketFactory().createSocket(plain, address.getHostString(),
                address.getPort(), true);
        apply(s);
        handshake(s, timeoutMillis);
        return s;
    }

    /** Configures a server socket: protocols, cipher suites, client authentication. */
    public void configure(SSLServerSocket server) {
        server.setEnabledProtocols(supported(profile.protocols(), server.getSupportedProtocols(), "protocol"));
        server.setEnabledCipherSuites(supported(profile.cipherSuites(), server.getSupportedCipherSuites(),
                "cipher suite"));
        server.setNeedClientAuth(requireClientAuth);
    }

    /** Completes the handshake of an accepted connection within {@code timeoutMillis}. */
    public void handshake(SSLSocket socket, int timeoutMillis) throws IOException {
        int previous = socket.getSoTimeout();
        socket.setSoTimeout(timeoutMillis);
        try {
            socket.startHandshake();
        } catch (java.net.SocketTimeoutException e) {
            throw new java.net.SocketTimeoutException("TLS handshake not completed within " + timeoutMillis + " ms");
        }
        // Not in a finally block: a failed handshake closes the socket, and restoring the timeout on a closed
        // socket would replace the handshake's own exception (the evidence) with "Socket is closed".
        socket.setSoTimeout(previous);
    }

    private void apply(SSLSocket s) {
        s.setEnabledProtocols(supported(profile.protocols(), s.getSupportedProtocols(), "protocol"));
        s.setEnabledCipherSuites(supported(profile.cipherSuites(), s.getSupportedCipherSuites(), "cipher suite"));
        SSLParameters p = s.getSSLParameters();
        p.setUseCipherSuitesOrder(true);
        s.setSSLParameters(p);
    }

    private static String[] supported(List<String> wanted, String[] available, String what) {
        List<String> have = Arrays.asList(available);
        List<String> out = new ArrayList<>();
        for (String w : wanted) {
            if (have.contains(w)) {
                out.add(w);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("this JVM supports no " + what + " of the profile " + wanted);
        }
        return out.toArray(new String[0]);
    }
}
