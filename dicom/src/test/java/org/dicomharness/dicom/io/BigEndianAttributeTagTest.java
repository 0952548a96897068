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

/**
 * PS3.5 Table 6.2-1: an AT value is an ordered pair of 16-bit unsigned integers, group then element. In
 * Explicit VR Big Endian each of the two is big endian on its own; swapping the pair as one 32-bit word, as
 * we once did, reads (0018,2002) as (2002,0018). Found by comparing our dump of a dcmconv +tb file with dcmdump.
 */
class BigEndianAttributeTagTest {

    /** (0028,0009) AT, length 8, values (0018,2002) and (7FE0,0010), as PS3.5 7.1.2 and 7.3 lay them out. */
    private static final byte[] ENCODED = {
        0x00, 0x28, 0x00, 0x09, 'A', 'T', 0x00, 0x08,
        0x00, 0x18, 0x20, 0x02, 0x7F, (byte) 0xE0, 0x00, 0x10};

    @Test
    void readsEachHalfOfTheTagInBigEndian() throws IOException {
        Dataset ds = new DicomReader(new ByteArrayInputStream(ENCODED), TransferSyntax.EXPLICIT_VR_BIG_ENDIAN, 0,
                ENCODED.length, ReadOptions.defaults()).readDataset();
        assertThat(ds.get(Tags.FrameIncrementPointer).vr()).isEqualTo(VR.AT);
        assertThat(ds.getLongs(Tags.FrameIncrementPointer)).containsExactly(0x00182002L, 0x7FE00010L);
    }

    @Test
    void writesEachHalfOfTheTagInBigEndian() throws IOException {
        Dataset ds = new Dataset();
        ds.setLong(Tags.FrameIncrementPointer, VR.AT, 0x00182002L, 0x7FE00010L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DicomWriter(out, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN, WriteOptions.defaults()).writeDataset(ds);
        assertThat(out.toByteArray()).isEqualTo(ENCODED);
    }

    @Test
    void swapUnitIsTwoBytesForAtAndTheValueSizeOtherwise() {
        assertThat(VR.AT.swapUnit()).isEqualTo(2);
        assertThat(VR.UL.swapUnit()).isEqualTo(4);
        assertThat(VR.OW.swapUnit()).isEqualTo(2);
        assertThat(VR.FD.swapUnit()).isEqualTo(8);
    }
}
