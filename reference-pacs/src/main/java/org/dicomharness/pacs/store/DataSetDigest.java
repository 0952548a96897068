package org.dicomharness.pacs.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 the index keeps for an object: of its data set bytes, the File Meta Information left out, so that the
 * same data set received by two associations (whose meta information differs) has the same digest.
 */
final class DataSetDigest {

    private DataSetDigest() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    /** The digest of a Part 10 file's bytes from {@code datasetOffset} to its end, in hexadecimal. */
    static String ofFile(Path file, long datasetOffset) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(datasetOffset);
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
