package org.dicomharness.testdata.generator;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.testdata.context.SeriesContext;
import org.dicomharness.testdata.module.CompositeInstance;
import org.dicomharness.testdata.module.ImagePixelModule;
import org.dicomharness.testdata.module.ImagePlaneModule;
import org.dicomharness.testdata.module.VoiLutModule;
import org.dicomharness.testdata.phantom.HeadPhantom;
import org.dicomharness.testdata.phantom.Tissue;
import org.dicomharness.testdata.pixel.PixelImage;
import org.dicomharness.testdata.pixel.Quantize;

/** MR Image IOD (PS3.3 A.4): a T1-weighted spin echo axial series through the head phantom. */
public final class MrImageGenerator implements ObjectGenerator {

    static final int SIZE = 256;
    static final double FOV_MM = 230;

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> out = new ArrayList<>();
        for (int n = 1; n <= instances; n++) {
            double z = CtImageGenerator.sliceZ(n, instances);
            Dataset ds = CompositeInstance.start(series, Uids.MRImageStorage, n);
            ds.setString(Tags.PatientPosition, VR.CS, "HFS");
            ds.setString(Tags.FrameOfReferenceUID, VR.UI, series.frameOfReferenceUid());
            ds.setString(Tags.PositionReferenceIndicator, VR.LO, "");
            ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "OTHER");
            ds.setInt(Tags.AcquisitionNumber, VR.IS, 1);
            ds.setString(Tags.BurnedInAnnotation, VR.CS, "NO");
            ImagePlaneModule.writeAxial(ds, SIZE, SIZE, FOV_MM / SIZE, 5, z);
            ds.setDouble(Tags.SpacingBetweenSlices, VR.DS, 6);
            double[] signal = HeadPhantom.slice(SIZE, z / CtImageGenerator.HEAD_HALF_HEIGHT_MM, Tissue::t1Signal,
                    18.0, series.random());
            short[] stored = Quantize.toShorts(signal, 0, 1, 0, 4095);
            ImagePixelModule.write(ds, PixelImage.monochrome16(SIZE, SIZE, 12, false, "MONOCHROME2", false,
                    List.of(stored)));
            ds.setString(Tags.ScanningSequence, VR.CS, "SE");
            ds.setString(Tags.SequenceVariant, VR.CS, "NONE");
            ds.setString(Tags.ScanOptions, VR.CS, "");
            ds.setString(Tags.MRAcquisitionType, VR.CS, "2D");
            ds.setString(Tags.SequenceName, VR.SH, "se2d1");
            ds.setDouble(Tags.RepetitionTime, VR.DS, 500);
            ds.setDouble(Tags.EchoTime, VR.DS, 15);
            ds.setInt(Tags.EchoTrainLength, VR.IS, 1);
            ds.setDouble(Tags.NumberOfAverages, VR.DS, 2);
            ds.setDouble(Tags.ImagingFrequency, VR.DS, 63.87);
            ds.setString(Tags.ImagedNucleus, VR.SH, "1H");
            ds.setDouble(Tags.MagneticFieldStrength, VR.DS, 1.5);
            ds.setDouble(Tags.PixelBandwidth, VR.DS, 130);
            ds.setDouble(Tags.FlipAngle, VR.DS, 90);
            ds.setString(Tags.ReceiveCoilName, VR.SH, "HEAD");
            ds.setString(Tags.TransmitCoilName, VR.SH, "BODY");
            ds.setString(Tags.InPlanePhaseEncodingDirection, VR.CS, "ROW");
            ds.setString(Tags.PatientPosition, VR.CS, "HFS");
            VoiLutModule.write(ds, new double[] {700}, new double[] {1400}, "T1");
            out.add(ds);
        }
        return out;
    }
}
