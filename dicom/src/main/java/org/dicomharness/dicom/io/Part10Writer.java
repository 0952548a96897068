package org.dicomharness.dicom.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/**
 * Writes DICOM files (PS3.10 7): a 128-byte preamble, "DICM", the File Meta Information in Explicit VR Little
 * Endian with a correct group length, then the data set in the syntax the meta information names (deflated
 * per PS3.5 A.5 where the syntax says so).
 */
public final class Part10Writer {

    private Part10Writer() {
    }

    /** Writes {@code file} as it was read: same preamble, meta information and syntax. */
    public static void write(Path path, DicomFile file, WriteOptions options) throws IOException {
        write(path, file.preamble(), file.fileMeta(), file.dataset(), file.transferSyntax(), options);
    }

    /** Writes {@code dataset} with new File Meta Information for {@code syntax}. */
    public static void write(Path path, Dataset dataset, TransferSyntax syntax, WriteOptions options)
            throws IOException {
        write(path, null, FileMetaInformation.create(dataset, syntax, null), dataset, syntax, options);
    }

    public static void write(Path path, byte[] preamble, Dataset fileMeta, Dataset dataset, TransferSyntax syntax,
                             WriteOptions options) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024)) {
            write(out, preamble, fileMeta, dataset, syntax, options);
        }
    }

    /**
     * Writes to a stream. The Transfer Syntax UID of {@code fileMeta} is set to {@code syntax}, and its group
     * length is computed. The stream is flushed but not closed.
     */
    public static void write(OutputStream out, byte[] preamble, Dataset fileMeta, Dataset dataset,
                             TransferSyntax syntax, WriteOptions options) throws IOException {
        writeFileHeader(out, preamble, fileMeta, syntax);
        if (syntax.deflated()) {
            Deflater deflater = new Deflater(options.deflateLevel(), true);
            try {
                NonClosing counting = new NonClosing(out);
                DeflaterOutputStream deflating = new DeflaterOutputStream(counting, deflater, 64 * 1024);
                new DicomWriter(deflating, syntax, options).writeDataset(dataset);
                deflating.finish();
                // PS3.5 A.5: a deflated stream of odd length is padded to even length with a NUL byte.
                if ((counting.count & 1) != 0) {
                    out.write(0);
                }
            } finally {
                deflater.end();
            }
        } else {
            new DicomWriter(out, syntax, options).writeDataset(dataset);
        }
        out.flush();
    }

    /**
     * Writes the preamble, "DICM" and the File Meta Information (with {@code syntax} as its Transfer Syntax UID and
     * a computed group length): what precedes the data set. A caller that already holds the data set encoded in
     * {@code syntax} (a C-STORE SCP) appends those bytes unchanged.
     */
    public static void writeFileHeader(OutputStream out, byte[] preamble, Dataset fileMeta, TransferSyntax syntax)
            throws IOException {
        if (preamble != null && preamble.length != 128) {
            throw new IllegalArgumentException("the preamble has 128 bytes (PS3.10 7.1), not " + preamble.length);
        }
        Dataset meta = new Dataset();
        for (DataElement e : fileMeta) {
            if (Tag.group(e.tag()) != 0x0002) {
                throw new IllegalArgumentException(Dataset.describe(e.tag())
                        + " does not belong in the File Meta Information (group 0002 only, PS3.10 7.1)");
            }
            meta.put(e);
        }
        meta.setLong(Tags.FileMetaInformationGroupLength, VR.UL, 0);
        meta.setString(Tags.TransferSyntaxUID, VR.UI, syntax.uid());
        out.write(preamble != null ? preamble : new byte[128]);
        out.write(new byte[] {'D', 'I', 'C', 'M'});
        new DicomWriter(out, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults()).writeDataset(meta);
    }

    /** Counts what passes and keeps the underlying stream open when the deflater closes. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        private long count;

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
