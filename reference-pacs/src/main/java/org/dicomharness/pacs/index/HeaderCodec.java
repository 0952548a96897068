package org.dicomharness.pacs.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.BulkData;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Fragments;
import org.dicomharness.dicom.io.DicomReader;
import org.dicomharness.dicom.io.DicomWriter;
import org.dicomharness.dicom.io.ReadOptions;
import org.dicomharness.dicom.io.WriteOptions;

/**
 * Stores the attributes of an entity in the index as Explicit VR Little Endian bytes, without bulk data
 * (Pixel Data and other large values stay in the object file), so that C-FIND can return any attribute.
 */
public final class HeaderCodec {

    private HeaderCodec() {
    }

    public static byte[] encode(Dataset dataset) {
        Dataset header = new Dataset();
        header.addAll(dataset, e -> !(e.value() instanceof BulkData) && !(e.value() instanceof Fragments));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DicomWriter(out, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults())
                    .writeDataset(header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an index header", e);
        }
        return out.toByteArray();
    }

    public static Dataset decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Dataset();
        }
        try {
            return new DicomReader(new ByteArrayInputStream(bytes), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, 0,
                    bytes.length, ReadOptions.defaults().withLenient(true)).readDataset();
        } catch (IOException e) {
            throw new UncheckedIOException("an index header does not parse: the index is corrupt", e);
        }
    }
}
