package org.dicomharness.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.junit.jupiter.api.Test;

/** Every defect of untrusted input ends in one exception type naming offset, element path and rule. */
class MalformedInputTest {

    /** Explicit VR LE element bytes. */
    private static byte[] element(int tag, String vr, byte[] value, long declaredLength) {
        boolean longForm = VR.valueOf(vr).hasLongExplicitHeader();
        ByteBuffer b = ByteBuffer.allocate((longForm ? 12 : 8) + value.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) (tag >>> 16)).putShort((short) tag).put((byte) vr.charAt(0)).put((byte) vr.charAt(1));
        if (longForm) {
            b.putShort((short) 0).putInt((int) declaredLength);
        } else {
            b.putShort((short) declaredLength);
        }
        b.put(value);
        return b.array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static Dataset read(byte[] bytes, ReadOptions options) throws IOException {
        return new DicomReader(new ByteArrayInputStream(bytes), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, 0,
                bytes.length, options).readDataset();
    }

    private static Dataset readStream(byte[] bytes) throws IOException {
        return new DicomReader(new ByteArrayInputStream(bytes), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                ReadOptions.defaults()).readDataset();
    }

    @Test
    void lengthPastTheEndIsRefusedBeforeAllocating() {
        byte[] bytes = concat(element(Tags.PatientID, "LO", "AB".getBytes(), 2),
                element(Tags.PatientName, "PN", new byte[4], 0xFFF0));
        assertThatThrownBy(() -> read(bytes, ReadOptions.defaults()))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("value length 65520 of (0010,0010) PN exceeds the 4 bytes left")
                .hasMessageContaining("PS3.5 7.1.1")
                .satisfies(e -> {
                    DicomParseException p = (DicomParseException) e;
                    assertThat(p.offset()).isEqualTo(10);
                    assertThat(p.tagPath()).isEqualTo("(0010,0010) PatientName");
                });
    }

    @Test
    void truncatedValueOnAStreamOfUnknownLengthNamesTheElement() {
        byte[] bytes = concat(element(Tags.PatientID, "LO", "AB".getBytes(), 2),
                element(Tags.PixelData, "OB", new byte[10], 0x7FFF_0000L));
        assertThatThrownBy(() -> readStream(bytes))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("input ends inside the 2147418112-byte value of (7FE0,0010) OB (truncated)")
                .hasMessageContaining("at byte offset 10");
    }

    @Test
    void truncatedHeaderIsReported() {
        byte[] full = element(Tags.PatientID, "LO", "AB".getBytes(), 2);
        byte[] bytes = concat(full, Arrays.copyOf(element(Tags.PatientName, "PN", new byte[0], 0), 5));
        assertThatThrownBy(() -> readStream(bytes))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("input ends inside a data element header (truncated) at byte offset 10");
    }

    @Test
    void oddLengthIsAnErrorUnlessLenient() throws IOException {
        byte[] bytes = element(Tags.PatientID, "LO", "ABC".getBytes(), 3);
        assertThatThrownBy(() -> read(bytes, ReadOptions.defaults()))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("odd value length 3 on (0010,0020) LO")
                .hasMessageContaining("PS3.5 7.1.1");
        DicomReader lenient = new DicomReader(new ByteArrayInputStream(bytes),
                TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, 0, bytes.length, ReadOptions.defaults().withLenient(true));
        Dataset ds = lenient.readDataset();
        assertThat(ds.getString(Tags.PatientID)).isEqualTo("ABC");
        assertThat(lenient.diagnostics()).singleElement().asString().contains("odd value length 3");
    }

    @Test
    void undefinedLengthOnAStringIsForbidden() {
        byte[] bytes = element(Tags.StudyDescription, "UT", new byte[0], 0xFFFFFFFFL);
        assertThatThrownBy(() -> read(bytes, ReadOptions.defaults()))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("undefined length on (0008,1030) UT")
                .hasMessageContaining("PS3.5 7.1.1");
    }

    @Test
    void unknownVrIsReportedAndReadAsUn() throws IOException {
        byte[] header = {0x10, 0x00, 0x20, 0x00, 'Q', 'Q', 0, 0, 2, 0, 0, 0, 'A', 'B'};
        DicomReader reader = new DicomReader(new ByteArrayInputStream(header),
                TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, 0, header.length, ReadOptions.defaults());
        Dataset ds = reader.readDataset();
        assertThat(ds.get(Tags.PatientID).vr()).isEqualTo(VR.UN);
        assertThat(ds.getBytes(Tags.PatientID)).containsExactly('A', 'B');
        assertThat(reader.diagnostics()).singleElement().asString()
                .contains("unknown VR code 'QQ'").contains("read as UN");
    }

    @Test
    void itemOverrunningItsSequenceIsRefused() {
        ByteBuffer item = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        item.putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(100);
        byte[] seq = element(Tags.ReferencedSeriesSequence, "SQ", concat(item.array(), new byte[100]), 40);
        assertThatThrownBy(() -> read(seq, ReadOptions.defaults()))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("item of 100 bytes extends past the end of its sequence")
                .hasMessageContaining("(0008,1115) ReferencedSeriesSequence / item 1");
    }

    @Test
    void missingItemTagInSequenceIsRefused() {
        byte[] seq = element(Tags.ReferencedSeriesSequence, "SQ",
                element(Tags.PatientID, "LO", "AB".getBytes(), 2), 10);
        assertThatThrownBy(() -> read(seq, ReadOptions.defaults()))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("expected an Item (FFFE,E000)")
                .hasMessageContaining("found (0010,0020)");
    }

    @Test
    void deeplyNestedSequencesAreBounded() {
        byte[] inner = new byte[0];
        for (int i = 0; i < 100; i++) {
            ByteBuffer item = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            item.putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(inner.length + 12);
            inner = concat(item.array(), element(Tags.ReferencedSeriesSequence, "SQ", inner, inner.length));
            inner = Arrays.copyOfRange(inner, 0, inner.length);
        }
        byte[] bytes = element(Tags.ReferencedSeriesSequence, "SQ", inner, inner.length);
        assertThatThrownBy(() -> read(bytes, ReadOptions.defaults()))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("nested deeper than 64 levels");
    }

    @Test
    void deflateBombIsStoppedAtTheBound() throws IOException {
        Dataset ds = new Dataset();
        ds.setString(Tags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.7");
        ds.setString(Tags.SOPInstanceUID, "1.2.3");
        ds.setBytes(Tags.PixelData, VR.OB, new byte[8 << 20]);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Part10Writer.write(file, null, FileMetaInformation.create(ds, TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
                null), ds, TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
        byte[] bytes = file.toByteArray();
        assertThat(bytes.length).isLessThan(100_000);
        ReadOptions bounded = ReadOptions.defaults().withMaxInflatedBytes(1 << 20);
        assertThatThrownBy(() -> Part10Reader.read(new ByteArrayInputStream(bytes), bytes.length, bounded))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("inflates beyond the bound of 1048576 bytes")
                .hasMessageContaining("PS3.5 A.5");
        assertThat(Part10Reader.read(new ByteArrayInputStream(bytes), bytes.length, ReadOptions.defaults())
                .dataset().get(Tags.PixelData).value().length()).isEqualTo(8 << 20);
    }

    @Test
    void corruptDeflateStreamIsReported() throws IOException {
        Dataset meta = FileMetaInformation.create("1.2.840.10008.5.1.4.1.1.7", "1.2.3",
                TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN.uid(), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[128]);
        out.writeBytes("DICM".getBytes());
        new DicomWriter(out, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults()).writeDataset(meta);
        // 0xFF bytes: block type 3 (reserved) in the first deflate block header, RFC 1951 3.2.3.
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        byte[] bytes = out.toByteArray();
        assertThatThrownBy(() -> Part10Reader.read(new ByteArrayInputStream(bytes), bytes.length, ReadOptions.defaults()))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("not a valid deflate stream")
                .hasMessageContaining("PS3.5 A.5");
    }

    @Test
    void truncatedPart10FileNamesTheElement() throws IOException {
        Dataset ds = RoundTripTest.sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Part10Writer.write(out, null, FileMetaInformation.create(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, null),
                ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
        byte[] whole = out.toByteArray();
        byte[] cut = Arrays.copyOf(whole, whole.length - 3);
        assertThatThrownBy(() -> Part10Reader.read(new ByteArrayInputStream(cut), cut.length, ReadOptions.defaults()))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("(7FE0,0010) OW exceeds the 5 bytes left");
    }

    @Test
    void unknownTransferSyntaxIsNamed() throws IOException {
        Dataset meta = FileMetaInformation.create("1.2.840.10008.5.1.4.1.1.7", "1.2.3", "1.2.3.4.5.6.7.8", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[128]);
        out.writeBytes("DICM".getBytes());
        new DicomWriter(out, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults()).writeDataset(meta);
        byte[] bytes = out.toByteArray();
        assertThatThrownBy(() -> Part10Reader.read(new ByteArrayInputStream(bytes), bytes.length, ReadOptions.defaults()))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("transfer syntax '1.2.3.4.5.6.7.8' is not registered in PS3.6");
    }

    @Test
    void deflaterLevelIsHonouredAndOutputIsEven() throws IOException {
        Dataset ds = RoundTripTest.sample();
        for (int level : new int[] {Deflater.BEST_SPEED, Deflater.BEST_COMPRESSION}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            WriteOptions options = new WriteOptions(LengthEncoding.PRESERVE, LengthEncoding.PRESERVE, false, level);
            Part10Writer.write(out, null, FileMetaInformation.create(ds, TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
                    null), ds, TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, options);
            assertThat(out.size() % 2).as("PS3.5 A.5 even length").isZero();
        }
    }
}
