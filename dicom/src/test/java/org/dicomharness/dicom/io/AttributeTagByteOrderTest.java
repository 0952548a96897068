package org.dicomharness.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.junit.jupiter.api.Test;

/**
 * PS3.5 Table 6.2-1: an AT value is an ordered pair of 16-bit unsigned integers (group, then element), so in Explicit
 * VR Big Endian each of the two words is byte-swapped on its own, not the 32-bit value as a whole.
 */
class AttributeTagByteOrderTest {

    @Test
    void bigEndianWritesGroupThenElementEachBigEndian() throws IOException {
        Dataset d = new Dataset();
        d.setInt(Tags.FrameIncrementPointer, VR.AT, Tags.FrameTime); // (0018,1063)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DicomWriter(out, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN, WriteOptions.defaults()).writeDataset(d);
        byte[] bytes = out.toByteArray();
        // header: group 0028, element 0009, "AT", length 0004, then the value 0018 1063
        assertThat(bytes).endsWith(new byte[] {0x00, 0x18, 0x10, 0x63});
    }

    @Test
    void littleEndianWritesGroupThenElementEachLittleEndian() throws IOException {
        Dataset d = new Dataset();
        d.setInt(Tags.FrameIncrementPointer, VR.AT, Tags.FrameTime);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DicomWriter(out, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults()).writeDataset(d);
        assertThat(out.toByteArray()).endsWith(new byte[] {0x18, 0x00, 0x63, 0x10});
    }
}
