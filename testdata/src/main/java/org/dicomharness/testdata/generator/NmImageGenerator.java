package org.dicomharness.testdata.generator;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.testdata.context.SeriesContext;
import org.dicomharness.testdata.context.StudyContext;
import org.dicomharness.testdata.module.Code;
import org.dicomharness.testdata.module.CompositeInstance;
import org.dicomharness.testdata.module.ImagePixelModule;
import org.dicomharness.testdata.module.NmPetPatientOrientationModule;
import org.dicomharness.testdata.phantom.ActivityPhantom;
import org.dicomharness.testdata.pixel.PixelImage;

/**
 * Nuclear Medicine Image IOD (PS3.3 A.5): a static Tc-99m DMSA renal scan from a dual-head camera, one
 * frame per detector (anterior and posterior) in one multi-frame instance, counts in 16 bits.
 */
public final class NmImageGenerator implements ObjectGenerator {

    static final int SIZE = 128;
    static final double PIXEL_MM = 4.42;
    static final int DURATION_MS = 300_000;

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> out = new ArrayList<>();
        for (int n = 1; n <= instances; n++) {
            Dataset ds = CompositeInstance.start(series, Uids.NuclearMedicineImageStorage, n);
            NmPetPatientOrientationModule.writeSupineHeadFirst(ds);
            ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "STATIC", "EMISSION");
            ds.setString(Tags.PatientOrientation, VR.CS, "");
            ds.setString(Tags.LossyImageCompression, VR.CS, "00");
            ds.setString(Tags.AcquisitionDate, VR.DA, ds.getString(Tags.ContentDate));
            ds.setString(Tags.AcquisitionTime, VR.TM, ds.getString(Tags.ContentTime));
            List<short[]> frames = new ArrayList<>();
            long total = 0;
            for (int detector = 1; detector <= 2; detector++) {
                int[] counts = ActivityPhantom.renal(SIZE, detector == 2, 450_000, series.random());
                short[] frame = new short[counts.length];
                for (int i = 0; i < counts.length; i++) {
                    frame[i] = (short) Math.min(65535, counts[i]);
                    total += counts[i];
                }
                frames.add(frame);
            }
            ImagePixelModule.write(ds, PixelImage.monochrome16(SIZE, SIZE, 16, false, "MONOCHROME2", true, frames));
            ds.setDouble(Tags.PixelSpacing, VR.DS, PIXEL_MM, PIXEL_MM);
            ds.setInt(Tags.FrameIncrementPointer, VR.AT, Tags.EnergyWindowVector, Tags.DetectorVector);
            ds.setInt(Tags.EnergyWindowVector, VR.US, 1, 1);
            ds.setInt(Tags.NumberOfEnergyWindows, VR.US, 1);
            ds.setInt(Tags.DetectorVector, VR.US, 1, 2);
            ds.setInt(Tags.NumberOfDetectors, VR.US, 2);
            ds.setLong(Tags.CountsAccumulated, VR.IS, total);
            ds.setInt(Tags.ActualFrameDuration, VR.IS, DURATION_MS);
            writeIsotope(ds, series);
            writeDetectors(ds);
            out.add(ds);
        }
        return out;
    }

    /** NM Isotope Module (C.8.4.10): the Tc-99m photopeak window and the administered DMSA. */
    private static void writeIsotope(Dataset ds, SeriesContext series) {
        Dataset window = ds.newSequence(Tags.EnergyWindowInformationSequence).addItem();
        window.setString(Tags.EnergyWindowName, VR.SH, "PHOTOPEAK");
        Dataset range = window.newSequence(Tags.EnergyWindowRangeSequence).addItem();
        range.setDouble(Tags.EnergyWindowLowerLimit, VR.DS, 126.45);
        range.setDouble(Tags.EnergyWindowUpperLimit, VR.DS, 154.55);
        Dataset pharm = ds.newSequence(Tags.RadiopharmaceuticalInformationSequence).addItem();
        Code.sct("72454006", "^99m^Technetium").setAsSequence(pharm, Tags.RadionuclideCodeSequence);
        pharm.setString(Tags.RadiopharmaceuticalRoute, VR.LO, "Intravenous");
        pharm.setString(Tags.RadiopharmaceuticalStartTime, VR.TM, StudyContext.time(series.start().minusHours(3)));
        pharm.setDouble(Tags.RadionuclideTotalDose, VR.DS, 150);
        pharm.setString(Tags.Radiopharmaceutical, VR.LO, "Tc-99m DMSA");
        Code.sct("24511001", "Technetium Tc^99m^ succimer").setAsSequence(pharm,
                Tags.RadiopharmaceuticalCodeSequence);
    }

    /** NM Detector Module (C.8.4.11): head 1 anterior, head 2 posterior, low-energy parallel-hole collimators. */
    private static void writeDetectors(Dataset ds) {
        Sequence detectors = ds.newSequence(Tags.DetectorInformationSequence);
        for (int d = 1; d <= 2; d++) {
            Dataset item = detectors.addItem();
            item.setString(Tags.CollimatorGridName, VR.SH, "LEHR");
            item.setString(Tags.CollimatorType, VR.CS, "PARA");
            item.setString(Tags.FieldOfViewShape, VR.CS, "RECTANGLE");
            item.setInt(Tags.FieldOfViewDimensions, VR.IS, 540, 400);
            double sign = d == 1 ? 1 : -1;
            item.setDouble(Tags.ImageOrientationPatient, VR.DS, sign, 0, 0, 0, 0, -1);
            item.setDouble(Tags.ImagePositionPatient, VR.DS, -sign * SIZE * PIXEL_MM / 2, sign * 300,
                    SIZE * PIXEL_MM / 2);
            Dataset view = (d == 1 ? Code.sct("399321004", "Anterior projection")
                    : Code.sct("399001007", "Posterior projection")).setAsSequence(item, Tags.ViewCodeSequence);
            view.newSequence(Tags.ViewModifierCodeSequence);
        }
    }
}
