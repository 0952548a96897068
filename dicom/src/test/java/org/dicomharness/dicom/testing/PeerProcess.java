package org.dicomharness.dicom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A long-running peer (storescp, dcmqrscp, Orthanc) started by a test on a loopback port, with TCP_NODELAY=1,
 * its output in a log file of the test's temporary directory, and stopped by {@link #close()}.
 */
public final class PeerProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final List<String> command;

    private PeerProcess(Process process, Path log, List<String> command) {
        this.process = process;
        this.log = log;
        this.command = command;
    }

    /** A port that was free a moment ago on 127.0.0.1. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts {@code command} and waits until {@code port} on 127.0.0.1 accepts connections.
     *
     * @throws AssertionError with the peer's log when it exits or does not listen within {@code startup}
     */
    public static PeerProcess start(Path workDir, String name, List<String> command, Map<String, String> env, int port,
                                    Duration startup) {
        Path log = workDir.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("TCP_NODELAY", "1");
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
        PeerProcess peer = new PeerProcess(p, log, List.copyOf(command));
        long end = System.nanoTime() + startup.toNanos();
        while (System.nanoTime() < end) {
            if (!p.isAlive()) {
                throw new AssertionError(String.join(" ", command) + " exited with " + p.exitValue() + " before "
                        + "listening on port " + port + ":\n" + peer.log());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return peer;
            } catch (IOException e) {
                sleep(50);
            }
        }
        peer.close();
        throw new AssertionError(String.join(" ", command) + " did not listen on port " + port + " within "
                + startup.toSeconds() + " s:\n" + peer.log());
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log, Charset.defaultCharset()) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public List<String> command() {
        return command;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
