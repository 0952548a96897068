package org.dicomharness.testdata.generator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.testdata.context.SeriesContext;
import org.dicomharness.testdata.context.StudyContext;
import org.dicomharness.testdata.module.Code;
import org.dicomharness.testdata.module.CompositeInstance;
import org.dicomharness.testdata.module.ImagePixelModule;
import org.dicomharness.testdata.module.ImagePlaneModule;
import org.dicomharness.testdata.module.NmPetPatientOrientationModule;
import org.dicomharness.testdata.phantom.ActivityPhantom;
import org.dicomharness.testdata.pixel.PixelImage;
import org.dicomharness.testdata.pixel.Quantize;

/**
 * PET Image IOD (PS3.3 A.21): static FDG slices through the torso in Bq/ml (Units BQML), decay corrected
 * to the series start, each slice with its own Rescale Slope so 16 bits hold its range, and the
 * radiopharmaceutical data SUV calculators need (weight, dose, start time, half life).
 */
public final class PetImageGenerator implements ObjectGenerator {

    static final int SIZE = 128;
    static final double FOV_MM = 600;
    static final double SLICE_MM = 3.27;
    static final double DOSE_BQ = 350e6;
    static final double HALF_LIFE_S = 6586.2;

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> out = new ArrayList<>();
        double weightKg = series.study().patient().weightKg();
        double bqmlPerSuv = DOSE_BQ / (weightKg * 1000);
        LocalDateTime injection = series.start().minusMinutes(60);
        for (int n = 1; n <= instances; n++) {
            Dataset ds = CompositeInstance.start(series, Uids.PositronEmissionTomographyImageStorage, n);
            NmPetPatientOrientationModule.writeSupineHeadFirst(ds);
            ds.setString(Tags.FrameOfReferenceUID, VR.UI, series.frameOfReferenceUid());
            ds.setString(Tags.PositionReferenceIndicator, VR.LO, "");
            ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY");
            ds.setString(Tags.Units, VR.CS, "BQML");
            ds.setString(Tags.CountsSource, VR.CS, "EMISSION");
            ds.setString(Tags.SeriesType, VR.CS, "STATIC", "IMAGE");
            ds.setInt(Tags.NumberOfSlices, VR.US, instances);
            ds.setString(Tags.CorrectedImage, VR.CS, "DECY", "ATTN", "SCAT", "DTIM", "RAN", "NORM");
            ds.setString(Tags.DecayCorrection, VR.CS, "START");
            ds.setString(Tags.CollimatorType, VR.CS, "NONE");
            ds.setString(Tags.RandomsCorrectionMethod, VR.CS, "DLYD");
            ds.setString(Tags.AttenuationCorrectionMethod, VR.LO, "CT-based");
            ds.setString(Tags.ReconstructionMethod, VR.LO, "OSEM 3i21s");
            ds.setString(Tags.LossyImageCompression, VR.CS, "00");
            ds.setInt(Tags.ImageIndex, VR.US, n);
            ds.setDouble(Tags.FrameReferenceTime, VR.DS, 90_000);
            ds.setInt(Tags.ActualFrameDuration, VR.IS, 180_000);
            ds.setDouble(Tags.DecayFactor, VR.DS, Math.pow(2, 3600 / HALF_LIFE_S));
            ds.setString(Tags.AcquisitionDate, VR.DA, StudyContext.date(series.start()));
            ds.setString(Tags.AcquisitionTime, VR.TM, StudyContext.time(series.start()));
            double z = -(n - (instances + 1) / 2.0) * SLICE_MM;
            ImagePlaneModule.writeAxial(ds, SIZE, SIZE, FOV_MM / SIZE, SLICE_MM, z);
            double zNorm = instances == 1 ? 0.1 : -0.9 + 1.8 * (n - 1) / (instances - 1);
            double[] suv = ActivityPhantom.fdgSlice(SIZE, zNorm, series.random());
            double max = 1;
            for (int i = 0; i < suv.length; i++) {
                suv[i] *= bqmlPerSuv;
                max = Math.max(max, suv[i]);
            }
            double slope = Double.parseDouble(org.dicomharness.dicom.data.DecimalStrings.format(max / 32000));
            short[] stored = Quantize.toShorts(suv, 0, slope, 0, 65535);
            ImagePixelModule.write(ds, PixelImage.monochrome16(SIZE, SIZE, 16, false, "MONOCHROME2", false,
                    List.of(stored)));
            ds.setDouble(Tags.RescaleIntercept, VR.DS, 0);
            ds.setDouble(Tags.RescaleSlope, VR.DS, slope);
            writeRadiopharmaceutical(ds, injection);
            out.add(ds);
        }
        return out;
    }

    /** PET Isotope Module (C.8.9.2): FDG, dose, injection time and half life, as SUV needs them. */
    private static void writeRadiopharmaceutical(Dataset ds, LocalDateTime injection) {
        Dataset pharm = ds.newSequence(Tags.RadiopharmaceuticalInformationSequence).addItem();
        Code.sct("77004003", "^18^Fluorine").setAsSequence(pharm, Tags.RadionuclideCodeSequence);
        pharm.setString(Tags.Radiopharmaceutical, VR.LO, "FDG");
        pharm.setString(Tags.RadiopharmaceuticalStartTime, VR.TM, StudyContext.time(injection));
        pharm.setString(Tags.RadiopharmaceuticalStartDateTime, VR.DT, StudyContext.dateTime(injection));
        pharm.setDouble(Tags.RadionuclideTotalDose, VR.DS, DOSE_BQ);
        pharm.setDouble(Tags.RadionuclideHalfLife, VR.DS, HALF_LIFE_S);
        pharm.setDouble(Tags.RadionuclidePositronFraction, VR.DS, 0.9673);
        Code.sct("35321007", "Fluorodeoxyglucose F^18^").setAsSequence(pharm, Tags.RadiopharmaceuticalCodeSequence);
    }
}
