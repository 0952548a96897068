package org.dicomharness.dicom.net.ul;

import java.io.Closeable;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The TCP (or TLS over TCP) connection an association runs on (PS3.8 9.1): the "local transport service" of
 * the state machine.
 */
public interface Transport extends Closeable {

    InputStream input();

    OutputStream output();

    /** e.g. {@code 127.0.0.1:40312 -> 127.0.0.1:11112}. */
    String describe();

    /** The TLS session, when the connection is secured. */
    Optional<TlsInfo> tls();

    boolean isClosed();

    /** Closes the connection; idempotent, never throws. */
    @Override
    void close();
}
