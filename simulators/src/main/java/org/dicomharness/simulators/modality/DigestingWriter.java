package org.dicomharness.simulators.modality;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.net.dimse.DataSetWriter;
import org.dicomharness.simulators.DatasetDigest;

/** Passes a data set writer's bytes through SHA-256 on their way to the PDVs, counting them. */
final class DigestingWriter implements DataSetWriter {

    private final DataSetWriter inner;
    private volatile String sha256;
    private volatile long bytes;

    DigestingWriter(DataSetWriter inner) {
        this.inner = inner;
    }

    @Override
    public void write(OutputStream out, TransferSyntax transferSyntax) throws IOException {
        MessageDigest md = DatasetDigest.newDigest();
        long[] count = new long[1];
        OutputStream tap = new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                md.update((byte) b);
                count[0]++;
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                md.update(b, off, len);
                count[0] += len;
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                // The PDV stream is closed by the DIMSE channel, which sends the last fragment then.
                flush();
            }
        };
        inner.write(tap, transferSyntax);
        tap.flush();
        bytes = count[0];
        sha256 = DatasetDigest.hex(md);
    }

    /** SHA-256 of what was written, hex; {@code null} until the write finished. */
    String sha256() {
        return sha256;
    }

    long bytes() {
        return bytes;
    }
}
