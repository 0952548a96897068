package org.dicomharness.dicom.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a peer program to completion with a timeout, capturing its output; sets TCP_NODELAY=1 for DCMTK. */
public final class ProcessRunner {

    /** What a finished process printed and returned. */
    public record Result(int exitCode, byte[] stdout, byte[] stderr, List<String> command) {

        public String out(Charset charset) {
            return new String(stdout, charset);
        }

        public String out() {
            return out(Charset.defaultCharset());
        }

        public String err() {
            return new String(stderr, Charset.defaultCharset());
        }

        /** Fails with the command and its output when the exit code is not 0. */
        public Result check() {
            if (exitCode != 0) {
                throw new AssertionError(String.join(" ", command) + " exited with " + exitCode + "\nstdout:\n"
                        + out() + "\nstderr:\n" + err());
            }
            return this;
        }
    }

    private ProcessRunner() {
    }

    public static Result run(Path workDir, List<String> command) {
        return run(workDir, command, Map.of(), 120);
    }

    public static Result run(Path workDir, List<String> command, Map<String, String> env, int timeoutSeconds) {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command));
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        pb.environment().put("TCP_NODELAY", "1");
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            return new Result(p.exitValue(), out.join(), err.join(), List.copyOf(command));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command.get(0), e);
        }
    }

    private static byte[] drain(InputStream in) {
        try (in) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
