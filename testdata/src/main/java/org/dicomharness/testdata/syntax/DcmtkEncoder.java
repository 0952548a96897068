package org.dicomharness.testdata.syntax;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.testdata.codec.NativePixels;

/**
 * Lossless syntaxes the harness has no encoder of its own for, produced by DCMTK's command-line codecs:
 * JPEG Lossless SV1 with {@code dcmcjpeg} and JPEG-LS Lossless with {@code dcmcjpls}, both told never to
 * change the SOP Instance UID ({@code +un}: the compression is lossless). Objects are refused, with a
 * message naming the package, when the program is not installed.
 */
final class DcmtkEncoder implements PixelEncoder {

    private static final int TIMEOUT_SECONDS = 120;

    private final String program;
    private final List<String> options;

    DcmtkEncoder(String program, String... options) {
        this.program = program;
        this.options = List.of(options);
    }

    static DcmtkEncoder jpegLossless() {
        return new DcmtkEncoder("dcmcjpeg", "+e1", "+un");
    }

    static DcmtkEncoder jpegLs() {
        return new DcmtkEncoder("dcmcjpls", "+el", "+un");
    }

    @Override
    public Optional<String> refusal(Dataset dataset) {
        if (find(program) == null) {
            return Optional.of(program + " is not installed (apt-get install -y dcmtk)");
        }
        try {
            NativePixels.of(dataset);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public Dataset encode(Dataset dataset) throws IOException {
        Path dir = Files.createTempDirectory("harness-" + program);
        try {
            Path in = dir.resolve("in.dcm");
            Path out = dir.resolve("out.dcm");
            Part10Writer.write(in, dataset, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
            List<String> command = new ArrayList<>();
            command.add(find(program).toString());
            command.addAll(options);
            command.add(in.toString());
            command.add(out.toString());
            run(command, dir);
            DicomFile encoded = Part10Reader.read(out);
            return encoded.dataset();
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void run(List<String> command, Path dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile());
        pb.environment().put("TCP_NODELAY", "1");
        Process process = pb.start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + process.exitValue() + ": "
                    + Files.readString(dir.resolve("log.txt")).strip());
        }
    }

    /** The program on the PATH, or {@code null}. */
    static Path find(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
