package org.dicomharness.simulators.viewer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.simulators.DatasetDigest;
import org.dicomharness.simulators.modality.SentObject;

/**
 * An object that went in, as a verification needs it: its identity, the digest and syntax of its data set bytes,
 * and a way to read its attributes for a comparison.
 *
 * @param sopInstanceUid    SOP Instance UID
 * @param transferSyntaxUid the syntax the data set bytes are in
 * @param sha256            SHA-256 of those bytes
 * @param source            where its attributes are read from
 */
public record ExpectedObject(String sopInstanceUid, String transferSyntaxUid, String sha256, Source source) {

    /** Reads the object's data set. */
    @FunctionalInterface
    public interface Source {
        Dataset load() throws IOException;
    }

    /** What a modality sent: the digest of the bytes as sent, in the negotiated syntax. */
    public static ExpectedObject of(SentObject o) {
        return new ExpectedObject(o.sopInstanceUid(), o.negotiatedSyntax(), o.sha256(),
                () -> (o.sent() != null ? o.sent() : o.source()).load());
    }

    /** The objects a modality stored (Success or Warning). */
    public static List<ExpectedObject> stored(List<SentObject> objects) {
        return objects.stream().filter(SentObject::stored).map(ExpectedObject::of).toList();
    }

    /** A Part 10 file. */
    public static ExpectedObject ofFile(Path file) throws IOException {
        DatasetDigest d = DatasetDigest.ofFile(file);
        String uid = Part10Reader.read(file, org.dicomharness.dicom.io.ReadOptions.defaults().withBulkData(
                org.dicomharness.dicom.io.BulkDataPolicy.STOP_BEFORE_PIXEL_DATA)).dataset().getString(Tags.SOPInstanceUID);
        if (uid == null) {
            throw new IOException(file + " has no SOP Instance UID (0008,0018)");
        }
        return new ExpectedObject(uid, d.transferSyntaxUid(), d.sha256(), () -> Part10Reader.read(file).dataset());
    }

    /** Every DICOM Part 10 file under {@code dir} (files without the DICM prefix are skipped). */
    public static List<ExpectedObject> fromDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a folder of DICOM files to verify against");
        }
        List<ExpectedObject> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                if (isPart10(f)) {
                    out.add(ofFile(f));
                }
            }
        }
        return out;
    }

    private static boolean isPart10(Path f) throws IOException {
        if (Files.size(f) < 132) {
            return false;
        }
        try (var in = Files.newInputStream(f)) {
            byte[] head = in.readNBytes(132);
            return head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M';
        }
    }
}
