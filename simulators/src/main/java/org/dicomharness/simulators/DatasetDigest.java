package org.dicomharness.simulators;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dicomharness.dicom.io.BulkDataPolicy;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.ReadOptions;

/**
 * The SHA-256 of a data set's bytes as encoded in its transfer syntax: in a Part 10 file, everything after the File
 * Meta Information (PS3.10 7.1); on the network, the data set PDVs of a C-STORE. Two objects with the same digest
 * and syntax are bit-identical as DICOM data sets, whatever their File Meta Information says.
 *
 * @param transferSyntaxUid the syntax the bytes are encoded in
 * @param sha256            the digest, lower-case hex
 * @param bytes             number of bytes digested
 */
public record DatasetDigest(String transferSyntaxUid, String sha256, long bytes) {

    /** Digests the data set of a Part 10 file, reading the file once without holding it in memory. */
    public static DatasetDigest ofFile(Path file) throws IOException {
        DicomFile header = Part10Reader.read(file, ReadOptions.defaults()
                .withBulkData(BulkDataPolicy.STOP_BEFORE_PIXEL_DATA));
        MessageDigest md = newDigest();
        long n = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.position(header.datasetOffset());
            InputStream in = Channels.newInputStream(ch);
            byte[] buf = new byte[64 * 1024];
            int r;
            while ((r = in.read(buf)) > 0) {
                md.update(buf, 0, r);
                n += r;
            }
        }
        return new DatasetDigest(header.transferSyntax().uid(), hex(md), n);
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM (every Java SE platform has it)", e);
        }
    }

    public static String hex(MessageDigest md) {
        return HexFormat.of().formatHex(md.digest());
    }
}
