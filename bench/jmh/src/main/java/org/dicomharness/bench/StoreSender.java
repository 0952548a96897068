package org.dicomharness.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.net.dimse.CStoreRsp;
import org.dicomharness.dicom.net.dimse.DataSets;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationRequestor;

/**
 * The harness's own SCU as an ingest benchmark sender: every {@code .dcm} file under DIR over one association, data
 * sets streamed from disk in their own transfer syntax, as {@code storescu +sd +r} does. The time printed runs from
 * the association request to the release confirmation (the JVM's start is not in it). With WARMUP_DIR, those files
 * are sent first, on their own association and untimed, so that the measured run is not the JIT's first.
 * Usage: {@code StoreSender HOST PORT CALLED_AET DIR [WARMUP_DIR]}.
 */
public final class StoreSender {

    private StoreSender() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: StoreSender HOST PORT CALLED_AET DIR [WARMUP_DIR]");
            System.exit(2);
        }
        if (args.length == 5) {
            send(args[0], Integer.parseInt(args[1]), args[2], Path.of(args[4]));
        }
        String result = send(args[0], Integer.parseInt(args[1]), args[2], Path.of(args[3]));
        System.out.println(result);
        if (!result.endsWith(" 0 failure(s)")) {
            System.exit(1);
        }
    }

    /** Sends every file under {@code dir} on one association; returns the one-line result. */
    static String send(String host, int port, String calledAe, Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
        Set<String> contexts = new LinkedHashSet<>();
        long bytes = 0;
        for (Path f : files) {
            DicomFile header = DataSets.header(f);
            contexts.add(header.fileMeta().getString(Tags.MediaStorageSOPClassUID) + " " + header.transferSyntax().uid());
            bytes += Files.size(f);
        }
        AssociateRequestBuilder rq = AssociateRequestBuilder.of("HARNESSSCU", calledAe);
        for (String c : contexts) {
            String[] sopAndTs = c.split(" ");
            rq.context(sopAndTs[0], sopAndTs[1]);
        }
        int failures = 0;
        long start = System.nanoTime();
        try (DimseClient client = DimseClient.open(new AssociationRequestor(), host, port, rq.build())) {
            for (Path f : files) {
                CStoreRsp rsp = client.store(f);
                if (rsp.status() != 0) {
                    failures++;
                    System.err.printf("%s: status %04X %s%n", f, rsp.status(), rsp.detail());
                }
            }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        return String.format("sent %d objects (%d bytes) in %.0f ms: %.1f objects/s, %.1f MB/s, %d failure(s)",
                files.size(), bytes, ms, files.size() / (ms / 1000), bytes / 1e6 / (ms / 1000), failures);
    }
}
