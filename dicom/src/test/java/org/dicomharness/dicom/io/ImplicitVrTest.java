package org.dicomharness.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.junit.jupiter.api.Test;

/**
 * Implicit VR Little Endian (PS3.5 A.1): where the VR does not come from the file, the reader must find it as
 * DCMTK does. Each case here was a difference between our dump and dcmdump on a DCMTK-made file; the encoded
 * bytes are written out by hand so that the test does not depend on our writer.
 */
class ImplicitVrTest {

    private static final int UNDEFINED = 0xFFFFFFFF;
    private static final int ITEM = 0xFFFEE000;
    private static final int ITEM_DELIMITATION = 0xFFFEE00D;
    private static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

    @Test
    void groupLengthOfAPrivateGroupIsUl() throws IOException {
        Dataset ds = read(element(0x00090000, le32(26)), element(0x00090010, ascii("HARNESS ")),
                element(0x00091001, ascii("value ")));
        assertThat(ds.get(0x00090000).vr()).isEqualTo(VR.UL);
        assertThat(ds.getLongs(0x00090000)).containsExactly(26);
        assertThat(ds.get(0x00091001).vr()).isEqualTo(VR.UN);
    }

    @Test
    void usOrSsFollowsThePixelRepresentationOfItsOwnDataSet() throws IOException {
        // Top level: signed pixels. Icon Image item: unsigned pixels of its own.
        Dataset ds = read(
                element(Tags.PixelRepresentation, le16(1)),
                element(Tags.SmallestImagePixelValue, le16(-5)),
                sequence(Tags.IconImageSequence,
                        element(Tags.PixelRepresentation, le16(0)),
                        element(Tags.SmallestImagePixelValue, le16(0xFFFF))));
        assertThat(ds.get(Tags.SmallestImagePixelValue).vr()).isEqualTo(VR.SS);
        assertThat(ds.getInts(Tags.SmallestImagePixelValue)).containsExactly(-5);
        Dataset icon = ds.getSequence(Tags.IconImageSequence).get(0);
        assertThat(icon.get(Tags.SmallestImagePixelValue).vr()).isEqualTo(VR.US);
        assertThat(icon.getInts(Tags.SmallestImagePixelValue)).containsExactly(65535);
    }

    @Test
    void usOrSsInAnItemWithoutPixelRepresentationFollowsTheEnclosingDataSet() throws IOException {
        Dataset ds = read(
                element(Tags.PixelRepresentation, le16(1)),
                sequence(Tags.RealWorldValueMappingSequence,
                        element(Tags.RealWorldValueLastValueMapped, le16(-7))));
        Dataset item = ds.getSequence(Tags.RealWorldValueMappingSequence).get(0);
        assertThat(item.get(Tags.RealWorldValueLastValueMapped).vr()).isEqualTo(VR.SS);
        assertThat(item.getInts(Tags.RealWorldValueLastValueMapped)).containsExactly(-7);
    }

    @Test
    void usOrSsBeforeThePixelRepresentationItDependsOnIsResolvedToo() throws IOException {
        // (0018,9810) precedes (0028,0103) in tag order.
        Dataset ds = read(element(Tags.ZeroVelocityPixelValue, le16(-1)), element(Tags.PixelRepresentation, le16(1)));
        assertThat(ds.get(Tags.ZeroVelocityPixelValue).vr()).isEqualTo(VR.SS);
        assertThat(ds.getInts(Tags.ZeroVelocityPixelValue)).containsExactly(-1);
    }

    @Test
    void usOrSsWithoutAnyPixelRepresentationIsUs() throws IOException {
        Dataset ds = read(element(Tags.SmallestImagePixelValue, le16(0xFFFE)));
        assertThat(ds.get(Tags.SmallestImagePixelValue).vr()).isEqualTo(VR.US);
        assertThat(ds.getInts(Tags.SmallestImagePixelValue)).containsExactly(65534);
    }

    @Test
    void unknownElementOfUndefinedLengthIsASequence() throws IOException {
        byte[] encoded = concat(element(0x00090010, ascii("HARNESS ")),
                header(0x00091005, UNDEFINED),
                header(ITEM, UNDEFINED), element(0x00090010, ascii("HARNESS ")), element(0x00091001, ascii("in item ")),
                header(ITEM_DELIMITATION, 0), header(SEQUENCE_DELIMITATION, 0));
        Dataset ds = read(encoded);
        assertThat(ds.get(0x00091005).vr()).isEqualTo(VR.SQ);
        Sequence seq = ds.getSequence(0x00091005);
        assertThat(seq.size()).isEqualTo(1);
        assertThat(seq.get(0).get(0x00091001).vr()).isEqualTo(VR.UN);

        // Written back in the same syntax, the bytes are the same.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DicomWriter(out, TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults()).writeDataset(ds);
        assertThat(out.toByteArray()).isEqualTo(encoded);
    }

    // ------------------------------------------------------------------ encoding by hand (PS3.5 7.1.3)

    private static Dataset read(byte[]... elements) throws IOException {
        byte[] bytes = concat(elements);
        return new DicomReader(new ByteArrayInputStream(bytes), TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, 0,
                bytes.length, ReadOptions.defaults()).readDataset();
    }

    private static byte[] sequence(int tag, byte[]... itemElements) {
        byte[] content = concat(itemElements);
        return concat(header(tag, UNDEFINED), header(ITEM, content.length), content, header(SEQUENCE_DELIMITATION, 0));
    }

    private static byte[] element(int tag, byte[] value) {
        return concat(header(tag, value.length), value);
    }

    private static byte[] header(int tag, int length) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putShort((short) (tag >>> 16))
                .putShort((short) tag).putInt(length).array();
    }

    private static byte[] le16(int v) {
        return ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) v).array();
    }

    private static byte[] le32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
