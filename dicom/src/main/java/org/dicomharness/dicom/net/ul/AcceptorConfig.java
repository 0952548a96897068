package org.dicomharness.dicom.net.ul;

import java.io.OutputStream;
import java.util.function.UnaryOperator;
import org.dicomharness.dicom.net.tls.TlsConfig;

/**
 * Where and how an {@link AssociationAcceptor} listens.
 *
 * @param host         the address to bind (127.0.0.1 in tests)
 * @param port         the port, 0 for an ephemeral one
 * @param policy       what is accepted, and the Maximum Length and association limit
 * @param negotiator   the user's decision on each A-ASSOCIATE indication; usually the policy itself
 * @param timeouts     ARTIM and idle timers of accepted associations
 * @param tls          TLS (PS3.15 Annex B), or {@code null} for plain TCP
 * @param outputFilter wraps each accepted socket's output (fault injection)
 */
public record AcceptorConfig(String host, int port, AcceptorPolicy policy, Negotiator negotiator, Timeouts timeouts,
                             TlsConfig tls, UnaryOperator<OutputStream> outputFilter) {

    public static AcceptorConfig loopback(AcceptorPolicy policy) {
        return new AcceptorConfig("127.0.0.1", 0, policy, policy, Timeouts.defaults(), null, UnaryOperator.identity());
    }

    public AcceptorConfig withPort(int p) {
        return new AcceptorConfig(host, p, policy, negotiator, timeouts, tls, outputFilter);
    }

    public AcceptorConfig withNegotiator(Negotiator n) {
        return new AcceptorConfig(host, port, policy, n, timeouts, tls, outputFilter);
    }

    public AcceptorConfig withTimeouts(Timeouts t) {
        return new AcceptorConfig(host, port, policy, negotiator, t, tls, outputFilter);
    }

    public AcceptorConfig withTls(TlsConfig t) {
        return new AcceptorConfig(host, port, policy, negotiator, timeouts, t, outputFilter);
    }

    public AcceptorConfig withOutputFilter(UnaryOperator<OutputStream> f) {
        return new AcceptorConfig(host, port, policy, negotiator, timeouts, tls, f);
    }
}
