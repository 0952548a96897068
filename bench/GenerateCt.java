import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;

/**
 * Writes N CT images of 512 x 512 16-bit pixels (512 KiB of Pixel Data, about 525 KB per file) in Explicit VR
 * Little Endian, one study and one series, with the harness's own writer.
 * Usage: java -cp cli/target/harness.jar bench/GenerateCt.java DIR N
 */
public class GenerateCt {

    static String uid() {
        UUID u = UUID.randomUUID();
        return "2.25." + new BigInteger(1, ByteBuffer.allocate(16).putLong(u.getMostSignificantBits())
                .putLong(u.getLeastSignificantBits()).array());
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        String study = uid();
        String series = uid();
        byte[] pixels = new byte[512 * 512 * 2];
        for (int i = 0; i < 512 * 512; i++) {
            int v = (i * 7 ^ i >>> 9) & 0x0FFF;
            pixels[2 * i] = (byte) v;
            pixels[2 * i + 1] = (byte) (v >>> 8);
        }
        TransferSyntax ts = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
        for (int k = 1; k <= n; k++) {
            Dataset ds = new Dataset();
            ds.setString(Tags.SpecificCharacterSet, "ISO_IR 100");
            ds.setString(Tags.ImageType, "ORIGINAL", "PRIMARY", "AXIAL");
            ds.setString(Tags.SOPClassUID, Uids.CTImageStorage);
            ds.setString(Tags.SOPInstanceUID, uid());
            ds.setString(Tags.StudyDate, "20240115");
            ds.setString(Tags.StudyTime, "101500");
            ds.setString(Tags.AccessionNumber, "BENCH1");
            ds.setString(Tags.Modality, "CT");
            ds.setString(Tags.ReferringPhysicianName, "");
            ds.setString(Tags.PatientName, "Bench^Mark");
            ds.setString(Tags.PatientID, "BENCH");
            ds.setString(Tags.PatientBirthDate, "19700101");
            ds.setString(Tags.PatientSex, "O");
            ds.setString(Tags.StudyInstanceUID, study);
            ds.setString(Tags.SeriesInstanceUID, series);
            ds.setString(Tags.StudyID, "1");
            ds.setInt(Tags.SeriesNumber, VR.IS, 1);
            ds.setInt(Tags.InstanceNumber, VR.IS, k);
            ds.setString(Tags.FrameOfReferenceUID, study + ".1");
            ds.setDouble(Tags.ImagePositionPatient, VR.DS, -128, -128, k * 0.625);
            ds.setDouble(Tags.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
            ds.setDouble(Tags.SliceThickness, VR.DS, 0.625);
            ds.setDouble(Tags.PixelSpacing, VR.DS, 0.5, 0.5);
            ds.setDouble(Tags.KVP, VR.DS, 120);
            ds.setInt(Tags.SamplesPerPixel, VR.US, 1);
            ds.setString(Tags.PhotometricInterpretation, "MONOCHROME2");
            ds.setInt(Tags.Rows, VR.US, 512);
            ds.setInt(Tags.Columns, VR.US, 512);
            ds.setInt(Tags.BitsAllocated, VR.US, 16);
            ds.setInt(Tags.BitsStored, VR.US, 12);
            ds.setInt(Tags.HighBit, VR.US, 11);
            ds.setInt(Tags.PixelRepresentation, VR.US, 0);
            ds.setDouble(Tags.RescaleIntercept, VR.DS, -1024);
            ds.setDouble(Tags.RescaleSlope, VR.DS, 1);
            ds.setBytes(Tags.PixelData, VR.OW, pixels);
            Part10Writer.write(dir.resolve(String.format("ct%05d.dcm", k)), null,
                    FileMetaInformation.create(ds, ts, "BENCH"), ds, ts, WriteOptions.defaults());
        }
    }
}
