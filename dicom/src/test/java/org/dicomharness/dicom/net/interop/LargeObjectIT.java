package org.dicomharness.dicom.net.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.net.dimse.CStoreRsp;
import org.dicomharness.dicom.net.dimse.DataSets;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.testing.Dcmtk;
import org.dicomharness.dicom.testing.LargeObjects;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.dicom.testing.TestScp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2 GiB object through the network with a 256 MiB heap, both directions: our SCU streams it from disk,
 * our SCP streams it to disk. Failsafe runs this class in its own JVM with -Xmx256m (execution
 * "large-objects" in dicom/pom.xml); run alone with
 * {@code mvn -B -pl dicom -am verify -Dit.test=LargeObjectIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("large")
class LargeObjectIT {

    static final long HEAP_LIMIT = 256L << 20;
    static final int FRAMES = 1024;

    @TempDir
    static Path tmp;
    static Path big;
    static DicomFile header;

    @BeforeAll
    static void generate() throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).as("this test must run with -Xmx256m (the large-objects "
                + "failsafe execution sets it)").isLessThanOrEqualTo(HEAP_LIMIT + (HEAP_LIMIT / 8));
        big = LargeObjects.multiFrame(tmp.resolve("big.dcm"), FRAMES);
        header = DataSets.header(big);
        assertThat(Files.size(big) - header.datasetOffset()).isGreaterThan(2L << 30);
    }

    @Test
    void ourScuToOurScp() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).start()) {
            var rq = AssociateRequestBuilder.of("HARNESS", scp.aeTitle()).context(DimseClientSop.of(header),
                    header.transferSyntax().uid()).build();
            try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", scp.port(), rq)) {
                CStoreRsp rsp = client.store(big);
                assertThat(rsp.status()).isZero();
            }
            assertSameDataSet(big, scp.stored().get(0).file());
        }
    }

    @Test
    void ourScuToStorescpBitPreserving() throws Exception {
        int port = PeerProcess.freePort();
        Path out = tmp.resolve("storescp");
        try (PeerProcess peer = Dcmtk.storescp(tmp, "STORESCP", out, port, "+B")) {
            var rq = AssociateRequestBuilder.of("HARNESS", "STORESCP").context(DimseClientSop.of(header),
                    header.transferSyntax().uid()).build();
            try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", port, rq)) {
                assertThat(client.store(big).status()).isZero();
            }
            assertThat(peer.isAlive()).isTrue();
            String uid = header.fileMeta().getString(org.dicomharness.dicom.dict.Tags.MediaStorageSOPInstanceUID);
            assertSameDataSet(big, Dcmtk.receivedFile(out, uid));
        }
    }

    @Test
    void storescuToOurScp() throws Exception {
        Path storescu = Peers.require("storescu", "dcmtk");
        try (TestScp scp = TestScp.builder(tmp.resolve("scp2")).start()) {
            ProcessRunner.run(tmp, List.of(storescu.toString(), "-aec", scp.aeTitle(), "127.0.0.1",
                    String.valueOf(scp.port()), big.toString()), Map.of(), 600).check();
            assertSameDataSet(big, scp.stored().get(0).file());
        }
    }

    /** Same data set length, same first 64 KiB, and the marker at the end of the last frame. */
    static void assertSameDataSet(Path sent, Path received) throws IOException {
        DicomFile r = DataSets.header(received);
        long sentLength = Files.size(sent) - header.datasetOffset();
        long receivedLength = Files.size(received) - r.datasetOffset();
        assertThat(receivedLength).isEqualTo(sentLength);
        assertThat(read(received, r.datasetOffset(), 65536)).isEqualTo(read(sent, header.datasetOffset(), 65536));
        assertThat(new String(read(received, Files.size(received) - 16, 16), java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("LAST-FRAME-MARK!");
    }

    static byte[] read(Path file, long at, int n) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            byte[] b = new byte[n];
            raf.seek(at);
            raf.readFully(b);
            return Arrays.copyOf(b, n);
        }
    }

    /** The SOP Class of a file header. */
    static final class DimseClientSop {
        static String of(DicomFile h) {
            return h.fileMeta().getString(org.dicomharness.dicom.dict.Tags.MediaStorageSOPClassUID);
        }
    }
}
