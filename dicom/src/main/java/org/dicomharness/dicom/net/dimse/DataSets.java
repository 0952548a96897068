package org.dicomharness.dicom.net.dimse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.io.BulkDataPolicy;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.DicomReader;
import org.dicomharness.dicom.io.DicomWriter;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.ReadOptions;
import org.dicomharness.dicom.io.WriteOptions;

/** Data sets on the wire: writers for in-memory data sets and Part 10 files, and parsing received ones. */
public final class DataSets {

    private static final int COPY_CHUNK = 64 * 1024;

    private DataSets() {
    }

    /** Encodes an in-memory data set in the context's syntax (deflated for Deflated Explicit VR LE, PS3.5 A.5). */
    public static DataSetWriter of(Dataset dataset) {
        return (out, ts) -> encode(dataset, out, ts);
    }

    /** Parses a data set received in {@code ts}. */
    public static Dataset parse(byte[] bytes, TransferSyntax ts) throws IOException {
        InputStream in = new ByteArrayInputStream(bytes);
        if (ts.deflated()) {
            in = new InflaterInputStream(in, new Inflater(true));
            return new DicomReader(in, ts, ReadOptions.defaults()).readDataset();
        }
        return new DicomReader(in, ts, 0, bytes.length, ReadOptions.defaults()).readDataset();
    }

    static void encode(Dataset dataset, OutputStream out, TransferSyntax ts) throws IOException {
        if (ts.encapsulated() && !hasEncapsulatedPixels(dataset) && dataset.contains(org.dicomharness.dicom.dict.Tags.PixelData)) {
            throw new IOException("a data set with native Pixel Data cannot be sent in " + ts
                    + " without compressing it, which this implementation does not do");
        }
        if (ts.deflated()) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                DeflaterOutputStream d = new DeflaterOutputStream(nonClosing(out), deflater, COPY_CHUNK);
                new DicomWriter(d, ts, WriteOptions.defaults()).writeDataset(dataset);
                d.finish();
            } finally {
                deflater.end();
            }
            return;
        }
        new DicomWriter(out, ts, WriteOptions.defaults()).writeDataset(dataset);
    }

    private static boolean hasEncapsulatedPixels(Dataset ds) {
        var e = ds.get(org.dicomharness.dicom.dict.Tags.PixelData);
        return e != null && e.value() instanceof org.dicomharness.dicom.data.Fragments;
    }

    /**
     * A Part 10 file's data set, streamed from disk. When the negotiated syntax is the file's, the bytes after
     * the File Meta Information go to the socket as they are; otherwise the file is re-encoded element by
     * element, Pixel Data copied from the file by reference. Memory use does not depend on the file's size.
     */
    public static DataSetWriter ofFile(Path file, DicomFile header) {
        return (out, ts) -> {
            if (ts.equals(header.transferSyntax())) {
                copyRange(file, header.datasetOffset(), out);
                return;
            }
            if (header.transferSyntax().encapsulated() || ts.encapsulated()) {
                throw new IOException(file + " is encoded in " + header.transferSyntax() + " and the association "
                        + "accepted " + ts + ": converting between them needs a codec this implementation lacks");
            }
            DicomFile full = Part10Reader.read(file, ReadOptions.defaults().withBulkData(BulkDataPolicy.REFERENCE)
                    .withBulkDataThreshold(64 * 1024));
            encode(full.dataset(), out, ts);
        };
    }

    /**
     * Whether a data set encoded in {@code from} can be sent in {@code to} by this implementation: the same
     * syntax, or two native (uncompressed) ones; compressed Pixel Data is never decoded here.
     */
    public static boolean canConvert(TransferSyntax from, TransferSyntax to) {
        return from.equals(to) || !from.encapsulated() && !to.encapsulated();
    }

    /** Reads a file's File Meta Information and syntax without loading Pixel Data. */
    public static DicomFile header(Path file) throws IOException {
        return Part10Reader.read(file, ReadOptions.defaults().withBulkData(BulkDataPolicy.STOP_BEFORE_PIXEL_DATA));
    }

    private static void copyRange(Path file, long offset, OutputStream out) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.position(offset);
            InputStream in = Channels.newInputStream(ch);
            byte[] buf = new byte[COPY_CHUNK];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
            }
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
