package org.dicomharness.pacs.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dicomharness.dicom.net.dimse.DataSets;

/**
 * SHA-256 of a Part 10 file's data set: the bytes after the File Meta Information, exactly as they are on disk
 * (what a C-STORE puts on the wire when the negotiated syntax is the file's). Two files with equal digests carry
 * the same object bit for bit, whatever their File Meta Information says.
 */
final class DataSetDigest {

    private DataSetDigest() {
    }

    static String of(Path part10File) throws IOException {
        long offset = DataSets.header(part10File).datasetOffset();
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(part10File)) {
            in.skipNBytes(offset);
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
