package org.dicomharness.dicom.net.fault;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.net.pdu.Pdu;
import org.dicomharness.dicom.net.pdu.PduDecodeException;
import org.dicomharness.dicom.net.pdu.PduDecoder;
import org.dicomharness.dicom.net.pdu.PduEncoder;

/**
 * A transport connection without a state machine: it sends whatever bytes or hand-built PDUs it is given,
 * in any order, and reads what the peer answers. This is how the harness drives a peer through every state
 * and event of PS3.8 Table 9-10, and how it sends malformed, truncated or unexpected PDUs on purpose.
 */
public final class RawConnection implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final PduDecoder decoder;
    private final List<String> notes = new ArrayList<>();

    private RawConnection(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream());
        this.decoder = new PduDecoder(in, 0, notes::add);
    }

    public static RawConnection connect(String host, int port, Duration timeout) throws IOException {
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return new RawConnection(s);
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    /** Wraps an accepted socket (see {@link RawServer}). */
    public static RawConnection of(Socket socket) throws IOException {
        return new RawConnection(socket);
    }

    public RawConnection send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    public RawConnection send(Pdu pdu) throws IOException {
        return send(PduEncoder.encode(pdu));
    }

    /** Sends a PDU with a forged PDU-length field (the body is sent as encoded). */
    public RawConnection sendWithLength(Pdu pdu, long forgedLength) throws IOException {
        byte[] b = PduEncoder.encode(pdu);
        b[2] = (byte) (forgedLength >>> 24);
        b[3] = (byte) (forgedLength >>> 16);
        b[4] = (byte) (forgedLength >>> 8);
        b[5] = (byte) forgedLength;
        return send(b);
    }

    /** Sends only the first {@code bytes} bytes of a PDU. */
    public RawConnection sendPrefix(Pdu pdu, int bytes) throws IOException {
        byte[] b = PduEncoder.encode(pdu);
        return send(java.util.Arrays.copyOf(b, Math.min(bytes, b.length)));
    }

    /**
     * The next PDU from the peer within {@code timeout}, or {@code null} when the peer closed the connection.
     *
     * @throws SocketTimeoutException when nothing arrived in time
     * @throws PduDecodeException     when the peer sent something that is not a PDU
     */
    public Pdu receive(Duration timeout) throws IOException {
        socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
        return decoder.read();
    }

    /** Reads and discards until the peer closes; true if it closed within {@code timeout}. */
    public boolean awaitClose(Duration timeout) throws IOException {
        long end = System.nanoTime() + timeout.toNanos();
        byte[] buf = new byte[4096];
        while (System.nanoTime() < end) {
            socket.setSoTimeout((int) Math.max(1, (end - System.nanoTime()) / 1_000_000));
            try {
                if (in.read(buf) < 0) {
                    return true;
                }
            } catch (SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    /** Deviations the decoder tolerated in what the peer sent. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    public int localPort() {
        return socket.getLocalPort();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Gone either way.
        }
    }
}
