package org.dicomharness.simulators.roundtrip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.dicomharness.dicom.io.BulkDataPolicy;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.ReadOptions;
import org.dicomharness.simulators.viewer.ReceivedObject;

/**
 * How Orthanc 1.10.1 stores a data set it received in Deflated Explicit VR Little Endian: the deflate stream it
 * received, byte for byte, then zero bytes, so that the stored data set is exactly as long as the inflated one. PS3.5
 * A.5 allows a single trailing NUL, to make an odd-length deflate stream even; the rest is filler that readers never
 * see, since the stream's final block (RFC 1951 3.2.3) ends the data set. Orthanc's own sending is not affected: its
 * C-MOVE and C-GET send the very bytes it received.
 *
 * <p>Recognised only when all of it holds: same transfer syntax, the stored bytes begin with every byte sent, the
 * rest is zeros, and the total is the length the sent stream inflates to. Anything else stays a difference.
 */
final class ZeroFilledDeflateStream implements RoundTripTable.Explanation {

    @Override
    public Optional<RoundTripTable.Explained> explain(EveryKindCorpus.Entry sent, ReceivedObject back)
            throws IOException {
        if (!sent.syntax().transferSyntax().deflated()
                || !back.transferSyntaxUid().equals(sent.digest().transferSyntaxUid())) {
            return Optional.empty();
        }
        byte[] ours = dataSetBytes(sent.file());
        byte[] stored = dataSetBytes(back.file());
        if (stored.length <= ours.length) {
            return Optional.empty();
        }
        for (int i = 0; i < stored.length; i++) {
            if (stored[i] != (i < ours.length ? ours[i] : 0)) {
                return Optional.empty();
            }
        }
        long inflated = inflatedLength(ours);
        if (stored.length != inflated) {
            return Optional.empty();
        }
        return Optional.of(new RoundTripTable.Explained("zero-filled", "Orthanc stored the " + ours.length
                + " bytes sent (deflate stream, even-padded) byte for byte, then " + (stored.length - ours.length)
                + " zero bytes: " + stored.length + " bytes, the length of the inflated data set (PS3.5 A.5 pads with "
                + "one NUL at most)"));
    }

    /** What follows the File Meta Information. */
    private static byte[] dataSetBytes(Path file) throws IOException {
        long offset = Part10Reader.read(file, ReadOptions.defaults().withBulkData(BulkDataPolicy.STOP_BEFORE_PIXEL_DATA))
                .datasetOffset();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.position(offset);
            InputStream in = Channels.newInputStream(ch);
            return in.readAllBytes();
        }
    }

    private static long inflatedLength(byte[] deflated) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            byte[] buf = new byte[64 * 1024];
            while (!inflater.finished()) {
                if (inflater.inflate(buf) == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("the deflate stream sent ends before its final block");
                }
            }
            return inflater.getBytesWritten();
        } catch (DataFormatException e) {
            throw new IOException("the deflate stream sent does not inflate: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
