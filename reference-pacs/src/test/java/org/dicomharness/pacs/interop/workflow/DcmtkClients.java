package org.dicomharness.pacs.interop.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;

/**
 * DCMTK's clients against a PACS on 127.0.0.1: findscu (responses extracted with {@code -X} and read back with our
 * reader), getscu, movescu and storescu, each in a working folder of its own, with TCP_NODELAY=1.
 */
final class DcmtkClients {

    static final String CALLING_AE = "DCMTKSCU";

    private final String calledAe;
    private final int port;

    DcmtkClients(String calledAe, int port) {
        this.calledAe = calledAe;
        this.port = port;
    }

    /**
     * Runs {@code findscu} with an information model flag ({@code -W}, {@code -P}, {@code -S}), {@code -k} keys and
     * an optional query file, extracting every response to {@code work}; returns the responses in order.
     */
    List<DicomFile> find(Path work, String model, List<String> keys, Path queryFile) throws IOException {
        Path findscu = Peers.require("findscu", "dcmtk");
        Files.createDirectories(work);
        List<String> cmd = new ArrayList<>(List.of(findscu.toString(), "-v", model, "-X", "-od", work.toString(),
                "-aet", CALLING_AE, "-aec", calledAe));
        for (String k : keys) {
            cmd.add("-k");
            cmd.add(k);
        }
        cmd.add("127.0.0.1");
        cmd.add(Integer.toString(port));
        if (queryFile != null) {
            cmd.add(queryFile.toString());
        }
        ProcessRunner.Result r = ProcessRunner.run(work, cmd).check();
        String log = r.out() + r.err();
        if (!log.contains("Final Find Response") || !log.contains("(Success)")) {
            throw new AssertionError("findscu did not end with a Success final response:\n" + log);
        }
        return responses(work);
    }

    /** Runs {@code getscu} (Study Root) with {@code -k} keys, storing into {@code out}; returns the files received. */
    List<DicomFile> get(Path out, List<String> keys) throws IOException {
        Path getscu = Peers.require("getscu", "dcmtk");
        Files.createDirectories(out);
        List<String> cmd = new ArrayList<>(List.of(getscu.toString(), "-v", "-S", "-od", out.toString(),
                "-aet", CALLING_AE, "-aec", calledAe));
        for (String k : keys) {
            cmd.add("-k");
            cmd.add(k);
        }
        cmd.add("127.0.0.1");
        cmd.add(Integer.toString(port));
        ProcessRunner.run(out, cmd).check();
        return files(out);
    }

    /**
     * Runs {@code movescu} (Study Root) to itself as Move Destination: it listens on {@code listenPort} with the AE
     * title {@code destination} (which the PACS must know in its remoteAes) and stores into {@code out}.
     */
    List<DicomFile> move(Path out, String destination, int listenPort, List<String> keys) throws IOException {
        Path movescu = Peers.require("movescu", "dcmtk");
        Files.createDirectories(out);
        List<String> cmd = new ArrayList<>(List.of(movescu.toString(), "-v", "-S", "-od", out.toString(),
                "-aet", destination, "-aem", destination, "-aec", calledAe, "--port", Integer.toString(listenPort)));
        for (String k : keys) {
            cmd.add("-k");
            cmd.add(k);
        }
        cmd.add("127.0.0.1");
        cmd.add(Integer.toString(port));
        ProcessRunner.run(out, cmd).check();
        return files(out);
    }

    /** Sends files with {@code storescu}. */
    void store(Path work, List<Path> files) {
        Path storescu = Peers.require("storescu", "dcmtk");
        List<String> cmd = new ArrayList<>(List.of(storescu.toString(), "-aet", "MODALITY", "-aec", calledAe,
                "127.0.0.1", Integer.toString(port)));
        files.forEach(f -> cmd.add(f.toString()));
        ProcessRunner.run(work, cmd).check();
    }

    private static List<DicomFile> responses(Path work) throws IOException {
        List<DicomFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(work)) {
            for (Path p : s.filter(f -> f.getFileName().toString().matches("rsp\\d+\\.dcm")).sorted().toList()) {
                out.add(Part10Reader.read(p));
            }
        }
        return out;
    }

    private static List<DicomFile> files(Path dir) throws IOException {
        List<DicomFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                out.add(Part10Reader.read(p));
            }
        }
        return out;
    }
}
