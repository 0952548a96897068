package org.dicomharness.simulators.viewer;

import java.io.IOException;
import java.nio.file.Path;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.io.BulkDataPolicy;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.ReadOptions;

/**
 * An object the viewer's storage SCP received (a C-MOVE or C-GET sub-operation), written as a Part 10 file whose
 * data set is byte for byte what came over the network.
 *
 * @param sopClassUid       Affected SOP Class UID
 * @param sopInstanceUid    Affected SOP Instance UID
 * @param transferSyntaxUid the presentation context's syntax, the data set's encoding
 * @param file              the file written
 * @param sha256            SHA-256 (hex) of the data set bytes received
 * @param bytes             number of data set bytes
 * @param sendingAeTitle    the Calling AE Title of the association it came on (C-MOVE) or the peer (C-GET)
 * @param moveOriginatorMessageId Move Originator Message ID of the C-STORE-RQ, or {@code null}
 */
public record ReceivedObject(String sopClassUid, String sopInstanceUid, String transferSyntaxUid, Path file,
                             String sha256, long bytes, String sendingAeTitle, Integer moveOriginatorMessageId) {

    /** The attributes as received, up to Pixel Data (read from {@link #file()}). */
    public Dataset attributes() throws IOException {
        return Part10Reader.read(file, ReadOptions.defaults().withBulkData(BulkDataPolicy.STOP_BEFORE_PIXEL_DATA))
                .dataset();
    }
}
