package org.dicomharness.dicom.io;

import java.util.zip.Deflater;

/**
 * How a writer encodes a data set.
 *
 * @param sequenceLengths    length encoding of sequences
 * @param itemLengths        length encoding of items
 * @param removeGroupLengths drop (gggg,0000) elements instead of recomputing them (PS3.5 7.2 makes them optional)
 * @param deflateLevel       compression level for Deflated Explicit VR Little Endian
 */
public record WriteOptions(LengthEncoding sequenceLengths, LengthEncoding itemLengths, boolean removeGroupLengths,
                           int deflateLevel) {

    public static WriteOptions defaults() {
        return new WriteOptions(LengthEncoding.PRESERVE, LengthEncoding.PRESERVE, false, Deflater.DEFAULT_COMPRESSION);
    }

    public WriteOptions withLengths(LengthEncoding both) {
        return new WriteOptions(both, both, removeGroupLengths, deflateLevel);
    }

    public WriteOptions withRemoveGroupLengths(boolean remove) {
        return new WriteOptions(sequenceLengths, itemLengths, remove, deflateLevel);
    }
}
