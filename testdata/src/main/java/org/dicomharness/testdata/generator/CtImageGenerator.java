package org.dicomharness.testdata.generator;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.testdata.context.SeriesContext;
import org.dicomharness.testdata.module.Code;
import org.dicomharness.testdata.module.CompositeInstance;
import org.dicomharness.testdata.module.ImagePixelModule;
import org.dicomharness.testdata.module.ImagePlaneModule;
import org.dicomharness.testdata.module.VoiLutModule;
import org.dicomharness.testdata.phantom.HeadPhantom;
import org.dicomharness.testdata.phantom.Tissue;
import org.dicomharness.testdata.pixel.PixelImage;
import org.dicomharness.testdata.pixel.Quantize;

/**
 * CT Image IOD (PS3.3 A.3): contiguous axial slices through the head phantom, 12 bits stored, unsigned
 * with Rescale Intercept -1024 so that stored 0 is -1024 HU, as most scanners write it.
 */
public final class CtImageGenerator implements ObjectGenerator {

    static final int SIZE = 256;
    static final double FOV_MM = 250;
    static final double SLICE_MM = 5;
    /** Half the head height in mm: normalised z 1 corresponds to this. */
    static final double HEAD_HALF_HEIGHT_MM = 110;

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> out = new ArrayList<>();
        for (int n = 1; n <= instances; n++) {
            double z = sliceZ(n, instances);
            Dataset ds = CompositeInstance.start(series, Uids.CTImageStorage, n);
            ds.setString(Tags.PatientPosition, VR.CS, "HFS");
            ds.setString(Tags.FrameOfReferenceUID, VR.UI, series.frameOfReferenceUid());
            ds.setString(Tags.PositionReferenceIndicator, VR.LO, "");
            ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
            ds.setInt(Tags.AcquisitionNumber, VR.IS, 1);
            ds.setString(Tags.AcquisitionDate, VR.DA, ds.getString(Tags.ContentDate));
            ds.setString(Tags.AcquisitionTime, VR.TM, ds.getString(Tags.ContentTime));
            ds.setString(Tags.BurnedInAnnotation, VR.CS, "NO");
            ImagePlaneModule.writeAxial(ds, SIZE, SIZE, FOV_MM / SIZE, SLICE_MM, z);
            double[] hu = HeadPhantom.slice(SIZE, z / HEAD_HALF_HEIGHT_MM, Tissue::hounsfield, 4.0, series.random());
            short[] stored = Quantize.toShorts(hu, -1024, 1, 0, 4095);
            ImagePixelModule.write(ds, PixelImage.monochrome16(SIZE, SIZE, 12, false, "MONOCHROME2", false,
                    List.of(stored)));
            ds.setDouble(Tags.RescaleIntercept, VR.DS, -1024);
            ds.setDouble(Tags.RescaleSlope, VR.DS, 1);
            ds.setString(Tags.RescaleType, VR.LO, "HU");
            ds.setDouble(Tags.KVP, VR.DS, 120);
            ds.setDouble(Tags.DataCollectionDiameter, VR.DS, 500);
            ds.setDouble(Tags.ReconstructionDiameter, VR.DS, FOV_MM);
            ds.setDouble(Tags.DistanceSourceToDetector, VR.DS, 1040);
            ds.setDouble(Tags.DistanceSourceToPatient, VR.DS, 570);
            ds.setDouble(Tags.GantryDetectorTilt, VR.DS, 0);
            ds.setDouble(Tags.TableHeight, VR.DS, 160);
            ds.setString(Tags.RotationDirection, VR.CS, "CW");
            ds.setInt(Tags.ExposureTime, VR.IS, 1000);
            ds.setInt(Tags.XRayTubeCurrent, VR.IS, 280);
            ds.setInt(Tags.Exposure, VR.IS, 280);
            ds.setString(Tags.ConvolutionKernel, VR.SH, "H30s");
            ds.setDouble(Tags.CTDIvol, VR.FD, 52.4);
            Code.dcm("113690", "IEC Head Dosimetry Phantom").setAsSequence(ds, Tags.CTDIPhantomTypeCodeSequence);
            VoiLutModule.write(ds, new double[] {40, 600}, new double[] {80, 2800}, "BRAIN", "BONE");
            out.add(ds);
        }
        return out;
    }

    /** Slice location in mm of slice {@code n} of {@code count}, centred on the phantom. */
    static double sliceZ(int n, int count) {
        double spacing = Math.min(SLICE_MM, 2 * HEAD_HALF_HEIGHT_MM * 0.8 / Math.max(1, count));
        return (n - (count + 1) / 2.0) * spacing;
    }
}
