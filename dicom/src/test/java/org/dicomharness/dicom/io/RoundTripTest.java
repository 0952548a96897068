package org.dicomharness.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

    static Stream<TransferSyntax> nativeSyntaxes() {
        return Stream.of(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                TransferSyntax.EXPLICIT_VR_BIG_ENDIAN, TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
    }

    static Dataset sample() {
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, "ISO_IR 192");
        ds.setString(Tags.SOPClassUID, Uids.CTImageStorage);
        ds.setString(Tags.SOPInstanceUID, "1.2.3.4.5.6");
        ds.setString(Tags.PatientName, "Müller^Jürgen");
        ds.setString(Tags.ImageType, "ORIGINAL", "PRIMARY", "AXIAL");
        ds.setInt(Tags.Rows, 2);
        ds.setInt(Tags.Columns, 2);
        ds.setDouble(Tags.PixelSpacing, VR.DS, 0.5, 0.25);
        ds.setDouble(Tags.SliceLocation, VR.DS, -12.5);
        ds.setLong(Tags.ReferencedFrameNumber, VR.IS, 1, 2);
        Sequence seq = ds.newSequence(Tags.ProcedureCodeSequence);
        Dataset item = seq.addItem();
        item.setString(Tags.CodeValue, "CT-HEAD");
        item.setString(Tags.CodingSchemeDesignator, "99LOCAL");
        item.setUndefinedLength(false);
        ds.setBytes(Tags.PixelData, VR.OW, new byte[] {1, 0, 2, 0, 3, 0, 4, 0});
        return ds;
    }

    @ParameterizedTest
    @MethodSource("nativeSyntaxes")
    void writeReadWriteIsBitIdentical(TransferSyntax syntax) throws IOException {
        byte[] first = write(sample(), syntax);
        DicomFile read = Part10Reader.read(new ByteArrayInputStream(first), first.length, ReadOptions.defaults());
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.transferSyntax()).isEqualTo(syntax);
        assertThat(read.dataset().getString(Tags.PatientName)).isEqualTo("Müller^Jürgen");
        assertThat(read.dataset().getStrings(Tags.ImageType)).containsExactly("ORIGINAL", "PRIMARY", "AXIAL");
        assertThat(read.dataset().getDoubles(Tags.PixelSpacing)).containsExactly(0.5, 0.25);
        assertThat(read.dataset().getInt(Tags.Rows, -1)).isEqualTo(2);
        assertThat(read.dataset().getSequence(Tags.ProcedureCodeSequence).get(0).getString(Tags.CodeValue))
                .isEqualTo("CT-HEAD");
        assertThat(read.dataset().getInts(Tags.PixelData)).containsExactly(1, 2, 3, 4);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        Part10Writer.write(again, read.preamble(), read.fileMeta(), read.dataset(), syntax, WriteOptions.defaults());
        assertThat(again.toByteArray()).isEqualTo(first);
    }

    private static byte[] write(Dataset ds, TransferSyntax syntax) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Part10Writer.write(out, null, FileMetaInformation.create(ds, syntax, "TEST"), ds, syntax,
                WriteOptions.defaults());
        return out.toByteArray();
    }
}
