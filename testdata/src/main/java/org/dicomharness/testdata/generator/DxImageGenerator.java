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
import org.dicomharness.testdata.module.VoiLutModule;
import org.dicomharness.testdata.phantom.ChestPhantom;
import org.dicomharness.testdata.pixel.PixelImage;
import org.dicomharness.testdata.pixel.Quantize;

/** Digital X-Ray Image IOD, For Presentation (PS3.3 A.26): a PA chest from a flat-panel detector. */
public final class DxImageGenerator implements ObjectGenerator {

    static final int ROWS = 384;
    static final int COLUMNS = 320;

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> out = new ArrayList<>();
        for (int n = 1; n <= instances; n++) {
            Dataset ds = CompositeInstance.start(series, Uids.DigitalXRayImageStorageForPresentation, n);
            writeDxModules(ds, "U");
            Code.sct("816094009", "Chest").setAsSequence(ds, Tags.AnatomicRegionSequence);
            ds.setString(Tags.ViewPosition, VR.CS, "PA");
            Code.sct("272479007", "postero-anterior").setAsSequence(ds, Tags.ViewCodeSequence);
            ds.setString(Tags.PositionerType, VR.CS, "COLUMN");
            ds.setString(Tags.PatientOrientation, VR.CS, "L", "F");
            ds.setInt(Tags.AcquisitionNumber, VR.IS, n);
            double[] attenuation = ChestPhantom.render(ROWS, COLUMNS, series.random());
            short[] stored = Quantize.toShorts(ProjectionImages.scale(attenuation, 500, 13500, false), 0, 1, 0, 16383);
            ImagePixelModule.write(ds, PixelImage.monochrome16(ROWS, COLUMNS, 14, false, "MONOCHROME2", false,
                    List.of(stored)));
            ds.setDouble(Tags.ImagerPixelSpacing, VR.DS, 1.1, 1.1);
            ds.setString(Tags.DetectorType, VR.CS, "SCINTILLATOR");
            ProjectionImages.technique(ds, 120, 8, 400, 1800);
            VoiLutModule.write(ds, new double[] {7000}, new double[] {12000}, "DEFAULT");
            out.add(ds);
        }
        return out;
    }

    /**
     * The DX Series, DX Image and Acquisition Context attributes shared by DX and mammography
     * (PS3.3 C.8.11.1, C.8.11.3, C.7.6.14): For Presentation, linear, identity presentation LUT.
     */
    static void writeDxModules(Dataset ds, String imageLaterality) {
        ds.setString(Tags.PresentationIntentType, VR.CS, "FOR PRESENTATION");
        ds.setString(Tags.ImageLaterality, VR.CS, imageLaterality);
        ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY");
        ds.setString(Tags.PixelIntensityRelationship, VR.CS, "LIN");
        ds.setInt(Tags.PixelIntensityRelationshipSign, VR.SS, 1);
        ds.setDouble(Tags.RescaleIntercept, VR.DS, 0);
        ds.setDouble(Tags.RescaleSlope, VR.DS, 1);
        ds.setString(Tags.RescaleType, VR.LO, "US");
        ds.setString(Tags.PresentationLUTShape, VR.CS, "IDENTITY");
        ds.setString(Tags.LossyImageCompression, VR.CS, "00");
        ds.setString(Tags.BurnedInAnnotation, VR.CS, "NO");
        ds.newSequence(Tags.AcquisitionContextSequence);
    }
}
