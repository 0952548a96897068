package org.dicomharness.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.BulkData;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DESIGN.md "Streaming": a 2 GiB multi-frame object is read and re-written by a JVM limited to 256 MB of heap. */
class LargeObjectIT {

    private static final int ROWS = 512;
    private static final int COLUMNS = 512;
    private static final int FRAMES = 4095;
    private static final long FRAME_BYTES = (long) ROWS * COLUMNS * 2;

    @Test
    void twoGigabyteMultiFrameObjectStreamsThroughA256MegabyteHeap(@TempDir Path dir) throws Exception {
        Path frames = dir.resolve("frames.raw");
        try (RandomAccessFile raf = new RandomAccessFile(frames.toFile(), "rw")) {
            raf.setLength(FRAME_BYTES * FRAMES);
            // Sparse file; a marker in a few frames makes a misplaced or dropped chunk visible in the hash.
            for (int frame : new int[] {0, 1, 2047, FRAMES - 1}) {
                raf.seek(frame * FRAME_BYTES + 1234);
                raf.writeBytes("frame " + frame);
            }
        }
        Dataset ds = new Dataset();
        ds.setString(Tags.SOPClassUID, Uids.MultiFrameGrayscaleWordSecondaryCaptureImageStorage);
        ds.setString(Tags.SOPInstanceUID, "2.25.1234567890");
        ds.setString(Tags.NumberOfFrames, VR.IS, Integer.toString(FRAMES));
        ds.setInt(Tags.Rows, ROWS);
        ds.setInt(Tags.Columns, COLUMNS);
        ds.setInt(Tags.BitsAllocated, 16);
        ds.put(Tags.PixelData, VR.OW, new BulkData(frames, 0, FRAME_BYTES * FRAMES, false));
        Path source = dir.resolve("large.dcm");
        Part10Writer.write(source, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
        Files.delete(frames);
        assertThat(Files.size(source)).isGreaterThan(FRAME_BYTES * FRAMES);

        Path copy = dir.resolve("copy.dcm");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessRunner.Result result = ProcessRunner.run(dir, List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp", classpath,
                LargeObjectCopy.class.getName(), source.toString(), copy.toString()), java.util.Map.of(), 600);
        result.check();
        assertThat(result.out()).contains("with max heap");
        assertThat(Files.size(copy)).isEqualTo(Files.size(source));
        assertThat(sha256(copy)).isEqualTo(sha256(source));
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
