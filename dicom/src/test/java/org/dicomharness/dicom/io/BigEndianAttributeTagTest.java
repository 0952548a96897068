package org.dicomharness.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.junit.jupiter.api.Test;

/** PS3.5 Table 6.2-1: an AT value is two 16-bit unsigned integers, group first, each in the syntax's byte order. */
class BigEndianAttributeTagTest {

    @Test
    void attributeTagKeepsGroupBeforeElementInBigEndian() throws IOException {
        Dataset ds = new Dataset();
        ds.setInt(Tags.FrameIncrementPointer, VR.AT, Tags.FrameTime);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DicomWriter(out, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN, WriteOptions.defaults()).writeDataset(ds);
        byte[] bytes = out.toByteArray();
        // 8-byte header (tag, "AT", 16-bit length), then (0018,1063) as 00 18 10 63.
        assertThat(bytes).hasSize(12);
        assertThat(new byte[] {bytes[8], bytes[9], bytes[10], bytes[11]}).containsExactly(0x00, 0x18, 0x10, 0x63);

        Dataset back = new DicomReader(new ByteArrayInputStream(bytes), TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
                ReadOptions.defaults()).readDataset();
        assertThat(back.getInt(Tags.FrameIncrementPointer, -1)).isEqualTo(Tags.FrameTime);
    }
}
