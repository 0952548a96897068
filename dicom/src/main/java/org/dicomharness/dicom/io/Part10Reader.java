package org.dicomharness.dicom.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/**
 * Reads DICOM files (PS3.10 7): the preamble and "DICM" prefix, the File Meta Information in Explicit VR
 * Little Endian, then the data set in the syntax the meta information names. Files without preamble (a
 * bare data set, as some tools write) are recognised and reported as a diagnostic.
 */
public final class Part10Reader {

    private static final byte[] MAGIC = {'D', 'I', 'C', 'M'};

    private Part10Reader() {
    }

    public static DicomFile read(Path file) throws IOException {
        return read(file, ReadOptions.defaults());
    }

    /** Reads a file; with {@link BulkDataPolicy#REFERENCE} large values stay in the file as references. */
    public static DicomFile read(Path file, ReadOptions options) throws IOException {
        long size = Files.size(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            return read(in, size, options.withSource(file));
        } catch (DicomParseException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads from a stream of known ({@code size >= 0}) or unknown ({@code -1}) length. Bulk data references
     * require {@code options.source()} to name the file the stream reads.
     */
    public static DicomFile read(InputStream in, long size, ReadOptions options) throws IOException {
        List<ParseDiagnostic> diagnostics = new ArrayList<>();
        byte[] head = in.readNBytes(132);
        byte[] preamble = null;
        long offset;
        InputStream rest;
        if (head.length == 132 && Arrays.equals(Arrays.copyOfRange(head, 128, 132), MAGIC)) {
            preamble = Arrays.copyOf(head, 128);
            offset = 132;
            rest = in;
        } else {
            if (head.length < 8) {
                throw new DicomParseException(0, "", "PS3.10 7.1", "input of " + head.length
                        + " bytes is too short to be a DICOM file");
            }
            diagnostics.add(new ParseDiagnostic(0, "", "PS3.10 7.1",
                    "no 128-byte preamble and DICM prefix; read as a data set without File Meta Information header"));
            offset = 0;
            rest = new SequenceInputStream(new ByteArrayInputStream(head), in);
        }
        long remaining = size < 0 ? -1 : size - offset;
        DicomReader metaReader = new DicomReader(rest, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, offset, remaining,
                options);
        Dataset meta = new Dataset();
        TransferSyntax syntax;
        long first = metaReader.peekTag();
        if (first != -1 && Tag.group((int) first) == 0x0002) {
            metaReader.readInto(meta, Tag.of(0x0003, 0));
            diagnostics.addAll(metaReader.diagnostics());
            syntax = syntaxOf(meta, metaReader.position());
            checkGroupLength(meta, offset, metaReader.position(), diagnostics);
        } else {
            if (preamble != null) {
                diagnostics.add(new ParseDiagnostic(offset, "", "PS3.10 7.1",
                        "File Meta Information is missing after the DICM prefix"));
            }
            syntax = guessSyntax(metaReader, head, (int) offset);
            diagnostics.add(new ParseDiagnostic(offset, "", "PS3.10 7.1",
                    "no File Meta Information; data set encoding guessed as " + syntax.name()));
        }
        long datasetOffset = metaReader.position();
        InputStream datasetStream = metaReader.rest();
        long datasetLength = size < 0 ? -1 : size - datasetOffset;
        if (syntax.deflated()) {
            datasetStream = new BoundedInflaterInputStream(
                    new InflaterInputStream(datasetStream, new Inflater(true), 64 * 1024), options.maxInflatedBytes());
            datasetLength = -1;
        }
        DicomReader reader = new DicomReader(datasetStream, syntax, syntax.deflated() ? 0 : datasetOffset,
                datasetLength, options);
        Dataset dataset;
        try {
            dataset = reader.readDataset();
        } catch (BoundedInflaterInputStream.BoundExceeded e) {
            throw new DicomParseException(datasetOffset, "", "PS3.5 A.5", "deflated data set inflates beyond the bound of "
                    + options.maxInflatedBytes() + " bytes (raise ReadOptions.maxInflatedBytes if this file is genuine)");
        } catch (java.util.zip.ZipException e) {
            throw new DicomParseException(datasetOffset, "", "PS3.5 A.5", "deflated data set is not a valid deflate "
                    + "stream: " + e.getMessage(), e);
        }
        diagnostics.addAll(reader.diagnostics());
        return new DicomFile(preamble, meta, dataset, syntax, datasetOffset, diagnostics);
    }

    private static TransferSyntax syntaxOf(Dataset meta, long offset) throws DicomParseException {
        String uid = meta.getString(Tags.TransferSyntaxUID);
        if (uid == null || uid.isEmpty()) {
            throw new DicomParseException(offset, Dataset.describe(Tags.TransferSyntaxUID), "PS3.10 7.1",
                    "File Meta Information lacks the Transfer Syntax UID (Type 1)");
        }
        return TransferSyntax.lookup(uid).orElseThrow(() -> new DicomParseException(offset,
                Dataset.describe(Tags.TransferSyntaxUID), "PS3.5 10", "transfer syntax '" + uid
                + "' is not registered in PS3.6; its encoding is unknown"));
    }

    private static void checkGroupLength(Dataset meta, long start, long end, List<ParseDiagnostic> diagnostics) {
        long[] declared = meta.getLongs(Tags.FileMetaInformationGroupLength);
        if (declared.length == 0) {
            diagnostics.add(new ParseDiagnostic(start, Dataset.describe(Tags.FileMetaInformationGroupLength),
                    "PS3.10 7.1", "File Meta Information Group Length (Type 1) is absent"));
            return;
        }
        long actual = end - start - 12;
        if (declared[0] != actual) {
            diagnostics.add(new ParseDiagnostic(start, Dataset.describe(Tags.FileMetaInformationGroupLength),
                    "PS3.10 7.1", "File Meta Information Group Length says " + declared[0] + " bytes, the group has "
                    + actual));
        }
    }

    /**
     * PS3.10 has no rule for bare data sets; like other toolkits, look at the first element header: an explicit
     * VR shows as two upper-case letters after the tag, and a big-endian group shows in its byte order.
     */
    private static TransferSyntax guessSyntax(DicomReader reader, byte[] head, int offset) throws IOException {
        int b = offset;
        boolean vrLetters = head.length >= b + 6 && Character.isUpperCase(head[b + 4]) && Character.isUpperCase(head[b + 5]);
        boolean bigEndianGroup = head[b] == 0 && head[b + 1] != 0;
        if (vrLetters) {
            return bigEndianGroup ? TransferSyntax.EXPLICIT_VR_BIG_ENDIAN : TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
        }
        return TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN;
    }
}
