package org.dicomharness.pacs.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.BulkData;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Fragments;
import org.dicomharness.dicom.data.Sequence;
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
        copyWithoutBulkData(dataset, header);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DicomWriter(out, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults())
                    .writeDataset(header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an index header", e);
        }
        return out.toByteArray();
    }

    /**
     * Bulk data can sit at any level: Waveform Data (5400,1010) is inside the Waveform Sequence items, and an icon's
     * Pixel Data inside the Icon Image Sequence.
     */
    private static void copyWithoutBulkData(Dataset from, Dataset to) {
        to.addAll(from, e -> !(e.value() instanceof BulkData) && !(e.value() instanceof Fragments)
                && !(e.value() instanceof Sequence));
        for (DataElement e : from) {
            if (e.value() instanceof Sequence seq) {
                Sequence copy = to.newSequence(e.tag(), e.vr());
                copy.setUndefinedLength(seq.hasUndefinedLength());
                for (Dataset item : seq) {
                    Dataset itemCopy = copy.addItem();
                    itemCopy.setUndefinedLength(item.hasUndefinedLength());
                    copyWithoutBulkData(item, itemCopy);
                }
            }
        }
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
