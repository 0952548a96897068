package org.dicomharness.testdata.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.io.DicomWriter;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;

/** Byte-level helpers for building deliberately broken files: encode, find an element, splice. */
final class Part10Bytes {

    private Part10Bytes() {
    }

    /** {@code ds} as a Part 10 file whose meta information names {@code sopClass} and {@code sopInstance}. */
    static byte[] encode(Dataset ds, String sopClass, String sopInstance, TransferSyntax syntax) {
        Dataset meta = FileMetaInformation.create(sopClass, sopInstance, syntax.uid(), null);
        return encode(meta, ds, syntax, syntax);
    }

    /**
     * The preamble, meta information naming {@code declared}, and the data set actually encoded in
     * {@code actual} (the two differ only for the syntax-mismatch defect).
     */
    static byte[] encode(Dataset meta, Dataset ds, TransferSyntax declared, TransferSyntax actual) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Part10Writer.write(out, null, meta, new Dataset(), declared, WriteOptions.defaults());
            new DicomWriter(out, actual, WriteOptions.defaults()).writeDataset(ds);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory encoding failed", e);
        }
    }

    /**
     * The offset of the first element header with {@code tag} at or after {@code from}, in little endian
     * (group then element, two bytes each); with a VR, explicit headers whose VR differs are skipped.
     */
    static int find(byte[] file, int from, int tag, String vr) {
        byte g0 = (byte) Tag.group(tag);
        byte g1 = (byte) (Tag.group(tag) >>> 8);
        byte e0 = (byte) Tag.element(tag);
        byte e1 = (byte) (Tag.element(tag) >>> 8);
        for (int i = from; i + 6 <= file.length; i++) {
            if (file[i] == g0 && file[i + 1] == g1 && file[i + 2] == e0 && file[i + 3] == e1
                    && (vr == null || (file[i + 4] == vr.charAt(0) && file[i + 5] == vr.charAt(1)))) {
                return i;
            }
        }
        throw new IllegalStateException("element " + Tag.format(tag) + " not found in the encoded base file");
    }

    /** {@code src} with {@code removed} bytes at {@code at} replaced by {@code inserted}. */
    static byte[] splice(byte[] src, int at, int removed, byte[] inserted) {
        byte[] out = new byte[src.length - removed + inserted.length];
        System.arraycopy(src, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(src, at + removed, out, at + inserted.length, src.length - at - removed);
        return out;
    }

    /** Little-endian 16-bit value at {@code at}. */
    static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    static void putU16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
    }

    static long u32(byte[] b, int at) {
        return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xFFFFFFFFL;
    }

    static void putU32(byte[] b, int at, long v) {
        putU16(b, at, (int) v & 0xFFFF);
        putU16(b, at + 2, (int) (v >>> 16) & 0xFFFF);
    }

    static byte[] copy(byte[] b) {
        return Arrays.copyOf(b, b.length);
    }
}
