package org.dicomharness.pacs.hl7;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A plain socket MLLP client: writes 0x0B, the message, 0x1C 0x0D and reads the answer framed the same way. */
public final class MllpRawClient implements AutoCloseable {

    private static final int START_BLOCK = 0x0B;
    private static final int END_BLOCK = 0x1C;
    private static final int CARRIAGE_RETURN = 0x0D;

    private final Socket socket;

    public MllpRawClient(int port) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(10_000);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    }

    /** Sends one message (segments joined by CR) and returns the acknowledgement's text. */
    public String send(String message) throws IOException {
        return sendBytes(message.getBytes(StandardCharsets.ISO_8859_1));
    }

    public String sendBytes(byte[] payload) throws IOException {
        OutputStream out = socket.getOutputStream();
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(START_BLOCK);
        frame.write(payload);
        frame.write(END_BLOCK);
        frame.write(CARRIAGE_RETURN);
        out.write(frame.toByteArray());
        out.flush();
        InputStream in = socket.getInputStream();
        int b = in.read();
        if (b != START_BLOCK) {
            throw new IOException("the answer does not start with MLLP start block 0x0B but with " + b);
        }
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        while (true) {
            b = in.read();
            if (b < 0) {
                throw new IOException("connection closed inside an MLLP frame");
            }
            if (b == END_BLOCK) {
                int cr = in.read();
                if (cr != CARRIAGE_RETURN) {
                    throw new IOException("MLLP end block 0x1C not followed by 0x0D but by " + cr);
                }
                return answer.toString(StandardCharsets.ISO_8859_1);
            }
            answer.write(b);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
