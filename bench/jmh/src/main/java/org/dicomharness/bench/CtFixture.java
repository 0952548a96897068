package org.dicomharness.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;

/**
 * Writes the benchmark's input: a 512×512 16-bit CT image with the attributes a scanner sends (about 100
 * elements, two sequences), so that parsing cost is not only the pixel copy. Usage: {@code CtFixture OUT.dcm}.
 */
public final class CtFixture {

    private CtFixture() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]));
    }

    public static void write(Path out) throws IOException {
        Part10Writer.write(out, ct(), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
    }

    /** The CT data set (fixed UIDs; callers that need many distinct objects change SOP Instance UID). */
    public static Dataset ct() {
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, "ISO_IR 100");
        ds.setString(Tags.ImageType, "ORIGINAL", "PRIMARY", "AXIAL");
        ds.setString(Tags.SOPClassUID, Uids.CTImageStorage);
        ds.setString(Tags.SOPInstanceUID, "2.25.301520311457312097012234590087612345");
        ds.setString(Tags.StudyDate, "20260101");
        ds.setString(Tags.SeriesDate, "20260101");
        ds.setString(Tags.AcquisitionDate, "20260101");
        ds.setString(Tags.ContentDate, "20260101");
        ds.setString(Tags.StudyTime, "101010");
        ds.setString(Tags.SeriesTime, "101010");
        ds.setString(Tags.AcquisitionTime, "101011.123456");
        ds.setString(Tags.ContentTime, "101011.123456");
        ds.setString(Tags.AccessionNumber, "ACC0001");
        ds.setString(Tags.Modality, "CT");
        ds.setString(Tags.Manufacturer, "Synthetic Scanners Inc.");
        ds.setString(Tags.InstitutionName, "Harness General Hospital");
        ds.setString(Tags.ReferringPhysicianName, "Doctor^Referring");
        ds.setString(Tags.StationName, "CT01");
        ds.setString(Tags.StudyDescription, "CT HEAD WITHOUT CONTRAST");
        ds.setString(Tags.SeriesDescription, "AXIAL 5MM");
        ds.setString(Tags.ManufacturerModelName, "Phantom 9000");
        Dataset code = ds.newSequence(Tags.ProcedureCodeSequence).addItem();
        code.setString(Tags.CodeValue, "CTHEAD");
        code.setString(Tags.CodingSchemeDesignator, "99LOCAL");
        code.setString(Tags.CodeMeaning, "CT Head");
        ds.setString(Tags.PatientName, "Phantom^Head");
        ds.setString(Tags.PatientID, "PH0001");
        ds.setString(Tags.PatientBirthDate, "19700101");
        ds.setString(Tags.PatientSex, "O");
        ds.setString(Tags.PatientAge, "056Y");
        ds.setString(Tags.BodyPartExamined, "HEAD");
        ds.setDouble(Tags.SliceThickness, VR.DS, 5.0);
        ds.setDouble(Tags.KVP, VR.DS, 120);
        ds.setDouble(Tags.DataCollectionDiameter, VR.DS, 500);
        ds.setString(Tags.SoftwareVersions, "1.0");
        ds.setDouble(Tags.ReconstructionDiameter, VR.DS, 250);
        ds.setDouble(Tags.DistanceSourceToDetector, VR.DS, 1085.6);
        ds.setDouble(Tags.DistanceSourceToPatient, VR.DS, 595);
        ds.setDouble(Tags.GantryDetectorTilt, VR.DS, 0);
        ds.setDouble(Tags.TableHeight, VR.DS, 150);
        ds.setString(Tags.RotationDirection, "CW");
        ds.setLong(Tags.ExposureTime, VR.IS, 1000);
        ds.setLong(Tags.XRayTubeCurrent, VR.IS, 250);
        ds.setLong(Tags.Exposure, VR.IS, 250);
        ds.setString(Tags.FilterType, "BODY FILTER");
        ds.setString(Tags.ConvolutionKernel, "STANDARD");
        ds.setString(Tags.PatientPosition, "HFS");
        ds.setString(Tags.StudyInstanceUID, "2.25.301520311457312097012234590087600001");
        ds.setString(Tags.SeriesInstanceUID, "2.25.301520311457312097012234590087600002");
        ds.setString(Tags.StudyID, "1");
        ds.setLong(Tags.SeriesNumber, VR.IS, 2);
        ds.setLong(Tags.InstanceNumber, VR.IS, 17);
        ds.setDouble(Tags.ImagePositionPatient, VR.DS, -125, -125, 80);
        ds.setDouble(Tags.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        ds.setString(Tags.FrameOfReferenceUID, "2.25.301520311457312097012234590087600003");
        ds.setString(Tags.PositionReferenceIndicator, "");
        ds.setDouble(Tags.SliceLocation, VR.DS, 80);
        ds.setInt(Tags.SamplesPerPixel, 1);
        ds.setString(Tags.PhotometricInterpretation, "MONOCHROME2");
        ds.setInt(Tags.Rows, 512);
        ds.setInt(Tags.Columns, 512);
        ds.setDouble(Tags.PixelSpacing, VR.DS, 0.488281, 0.488281);
        ds.setInt(Tags.BitsAllocated, 16);
        ds.setInt(Tags.BitsStored, 12);
        ds.setInt(Tags.HighBit, 11);
        ds.setInt(Tags.PixelRepresentation, 0);
        ds.setDouble(Tags.WindowCenter, VR.DS, 40);
        ds.setDouble(Tags.WindowWidth, VR.DS, 400);
        ds.setDouble(Tags.RescaleIntercept, VR.DS, -1024);
        ds.setDouble(Tags.RescaleSlope, VR.DS, 1);
        ds.setString(Tags.RescaleType, "HU");
        byte[] pixels = new byte[512 * 512 * 2];
        for (int y = 0; y < 512; y++) {
            for (int x = 0; x < 512; x++) {
                double r = Math.hypot(x - 256, y - 256);
                int hu = r < 200 ? (r > 190 ? 1000 : 40) : -1000;
                int v = hu + 1024;
                pixels[2 * (y * 512 + x)] = (byte) v;
                pixels[2 * (y * 512 + x) + 1] = (byte) (v >>> 8);
            }
        }
        ds.setBytes(Tags.PixelData, VR.OW, pixels);
        return ds;
    }
}
