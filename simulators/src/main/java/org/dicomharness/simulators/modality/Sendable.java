package org.dicomharness.simulators.modality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.io.Part10Reader;

/**
 * An object a modality sends: a Part 10 file (streamed from disk, its data set sent as it is when the file's own
 * transfer syntax is accepted) or a data set in memory (encoded in the negotiated syntax).
 */
public sealed interface Sendable {

    /**
     * A Part 10 file.
     *
     * @param path              the file
     * @param nativeAlternative the same object with native Pixel Data, sent instead when the file's compressed
     *                          syntax is refused (this implementation has no decompressor); may be {@code null}
     */
    record FileObject(Path path, Dataset nativeAlternative) implements Sendable {

        public FileObject {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public Dataset load() throws IOException {
            return Part10Reader.read(path).dataset();
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /**
     * A data set in memory.
     *
     * @param dataset           the data set
     * @param transferSyntaxUid the syntax it must be sent in when its Pixel Data is encapsulated; {@code null} for a
     *                          native data set, sent in Explicit VR Little Endian (or, by fallback, another native
     *                          syntax)
     */
    record DatasetObject(Dataset dataset, String transferSyntaxUid) implements Sendable {

        public DatasetObject {
            Objects.requireNonNull(dataset, "dataset");
            if (transferSyntaxUid != null) {
                TransferSyntax.of(transferSyntaxUid);
            }
        }

        @Override
        public Dataset load() {
            return dataset;
        }

        @Override
        public String toString() {
            return "data set " + dataset.getString(org.dicomharness.dicom.dict.Tags.SOPInstanceUID, "(no SOP Instance UID)");
        }
    }

    /** The data set as it would be sent (read from disk for a file). */
    Dataset load() throws IOException;

    static Sendable file(Path path) {
        return new FileObject(path, null);
    }

    static Sendable file(Path path, Dataset nativeAlternative) {
        return new FileObject(path, nativeAlternative);
    }

    static Sendable dataset(Dataset dataset) {
        return new DatasetObject(dataset, null);
    }

    static Sendable dataset(Dataset dataset, String transferSyntaxUid) {
        return new DatasetObject(dataset, transferSyntaxUid);
    }
}
