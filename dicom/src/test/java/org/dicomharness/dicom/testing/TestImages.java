package org.dicomharness.dicom.testing;

import java.io.IOException;
import java.math.BigInteger;
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

/** Small, valid images for network tests: CT (16-bit, 12 stored) and 8-bit Secondary Capture, written with our writer. */
public final class TestImages {

    private TestImages() {
    }

    /** A UUID-derived UID (PS3.5 B.2). */
    public static String uid() {
        UUID u = UUID.randomUUID();
        BigInteger b = new BigInteger(1, java.nio.ByteBuffer.allocate(16).putLong(u.getMostSignificantBits())
                .putLong(u.getLeastSignificantBits()).array());
        return "2.25." + b;
    }

    /** The identity of one instance in its patient/study/series hierarchy. */
    public record Ids(String patientId, String patientName, String studyUid, String seriesUid, String sopUid,
                      int seriesNumber, int instanceNumber) {

        public static Ids fresh(String patientId, String patientName) {
            return new Ids(patientId, patientName, uid(), uid(), uid(), 1, 1);
        }

        public Ids nextInstance() {
            return new Ids(patientId, patientName, studyUid, seriesUid, uid(), seriesNumber, instanceNumber + 1);
        }

        public Ids nextSeries() {
            return new Ids(patientId, patientName, studyUid, uid(), uid(), seriesNumber + 1, 1);
        }
    }

    /** A CT image of {@code rows} x {@code columns} 16-bit pixels (12 bits stored) with a deterministic pattern. */
    public static Dataset ct(Ids ids, int rows, int columns) {
        Dataset ds = common(ids, Uids.CTImageStorage, "CT");
        ds.setString(Tags.ImageType, "ORIGINAL", "PRIMARY", "AXIAL");
        ds.setString(Tags.FrameOfReferenceUID, ids.studyUid() + ".1");
        ds.setString(Tags.PositionReferenceIndicator, "");
        ds.setDouble(Tags.ImagePositionPatient, VR.DS, -100, -100, ids.instanceNumber() * 2.5);
        ds.setDouble(Tags.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        ds.setDouble(Tags.PixelSpacing, VR.DS, 0.5, 0.5);
        ds.setDouble(Tags.SliceThickness, VR.DS, 2.5);
        ds.setDouble(Tags.KVP, VR.DS, 120);
        ds.setInt(Tags.AcquisitionNumber, VR.IS, 1);
        ds.setDouble(Tags.RescaleIntercept, VR.DS, -1024);
        ds.setDouble(Tags.RescaleSlope, VR.DS, 1);
        ds.setString(Tags.RescaleType, "HU");
        pixels(ds, rows, columns, 16, 12);
        return ds;
    }

    /** An 8-bit monochrome Secondary Capture image (the input JPEG Baseline needs). */
    public static Dataset secondaryCapture8(Ids ids, int rows, int columns) {
        Dataset ds = common(ids, Uids.SecondaryCaptureImageStorage, "OT");
        ds.setString(Tags.ConversionType, "WSD");
        pixels(ds, rows, columns, 8, 8);
        return ds;
    }

    private static Dataset common(Ids ids, String sopClass, String modality) {
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, "ISO_IR 100");
        ds.setString(Tags.SOPClassUID, sopClass);
        ds.setString(Tags.SOPInstanceUID, ids.sopUid());
        ds.setString(Tags.StudyDate, "20240115");
        ds.setString(Tags.StudyTime, "101500");
        ds.setString(Tags.AccessionNumber, "ACC" + Math.abs(ids.studyUid().hashCode() % 100000));
        ds.setString(Tags.Modality, modality);
        ds.setString(Tags.ReferringPhysicianName, "Referrer^Rita");
        ds.setString(Tags.StudyDescription, "Network test study");
        ds.setString(Tags.SeriesDescription, "Series " + ids.seriesNumber());
        ds.setString(Tags.PatientName, ids.patientName());
        ds.setString(Tags.PatientID, ids.patientId());
        ds.setString(Tags.PatientBirthDate, "19700101");
        ds.setString(Tags.PatientSex, "O");
        ds.setString(Tags.StudyInstanceUID, ids.studyUid());
        ds.setString(Tags.SeriesInstanceUID, ids.seriesUid());
        ds.setString(Tags.StudyID, "1");
        ds.setInt(Tags.SeriesNumber, VR.IS, ids.seriesNumber());
        ds.setInt(Tags.InstanceNumber, VR.IS, ids.instanceNumber());
        ds.setString(Tags.PatientOrientation, "");
        return ds;
    }

    private static void pixels(Dataset ds, int rows, int columns, int allocated, int stored) {
        ds.setInt(Tags.SamplesPerPixel, VR.US, 1);
        ds.setString(Tags.PhotometricInterpretation, "MONOCHROME2");
        ds.setInt(Tags.Rows, VR.US, rows);
        ds.setInt(Tags.Columns, VR.US, columns);
        ds.setInt(Tags.BitsAllocated, VR.US, allocated);
        ds.setInt(Tags.BitsStored, VR.US, stored);
        ds.setInt(Tags.HighBit, VR.US, stored - 1);
        ds.setInt(Tags.PixelRepresentation, VR.US, 0);
        int bytesPer = allocated / 8;
        byte[] px = new byte[rows * columns * bytesPer];
        int max = (1 << stored) - 1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int v = ((r * 7 + c * 3) ^ (r * c)) & max;
                int at = (r * columns + c) * bytesPer;
                px[at] = (byte) v;
                if (bytesPer == 2) {
                    px[at + 1] = (byte) (v >>> 8);
                }
            }
        }
        ds.setBytes(Tags.PixelData, allocated == 8 ? VR.OB : VR.OW, px);
    }

    /** Writes a data set as a Part 10 file in a native transfer syntax. */
    public static Path write(Path file, Dataset ds, TransferSyntax syntax) throws IOException {
        Part10Writer.write(file, null, FileMetaInformation.create(ds, syntax, "HARNESS"), ds, syntax,
                WriteOptions.defaults());
        return file;
    }
}
