package org.dicomharness.dicom.net.dimse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.net.ul.PresentationContext;

/** Where the PDVs of a data set go as they arrive: into memory (bounded), or into a handler's stream. */
interface DataSetSink {

    void fragment(byte[] bytes) throws DimseException;

    /** The last fragment arrived. */
    void end() throws DimseException;

    /** The association ended before the last fragment. */
    void fail(IOException e);

    /** What a memory sink hands on: the parsed data set, or why it could not be parsed. */
    interface Parsed {
        void accept(Dataset dataset, IOException error);
    }

    /** Collects the data set in memory up to {@code bound} bytes, then parses it in the context's syntax. */
    static DataSetSink memory(PresentationContext pc, long bound, Parsed then) {
        return new DataSetSink() {
            private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            @Override
            public void fragment(byte[] b) throws DimseException {
                if (bytes.size() + (long) b.length > bound) {
                    throw new DimseException("data set exceeds the in-memory bound of " + bound + " bytes");
                }
                bytes.writeBytes(b);
            }

            @Override
            public void end() {
                Dataset ds = null;
                IOException error = null;
                try {
                    ds = DataSets.parse(bytes.toByteArray(), TransferSyntax.of(pc.transferSyntax()));
                } catch (IOException | RuntimeException e) {
                    error = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                }
                then.accept(ds, error);
            }

            @Override
            public void fail(IOException e) {
                // Nothing to release: the bytes go with the sink.
            }
        };
    }

    /** Feeds a handler's stream; {@code alive} says whether waiting for a full queue still makes sense. */
    static DataSetSink stream(PdvInputStream stream, BooleanSupplier alive) {
        return new DataSetSink() {
            @Override
            public void fragment(byte[] b) {
                stream.feed(b, alive);
            }

            @Override
            public void end() {
                stream.end(alive);
            }

            @Override
            public void fail(IOException e) {
                stream.fail(e);
            }
        };
    }
}
