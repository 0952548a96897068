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
import org.dicomharness.testdata.phantom.BreastPhantom;
import org.dicomharness.testdata.pixel.PixelImage;
import org.dicomharness.testdata.pixel.Quantize;

/**
 * Digital Mammography X-Ray Image IOD, For Presentation (PS3.3 A.27): left cranio-caudal views with a mass
 * and microcalcifications.
 */
public final class MgImageGenerator implements ObjectGenerator {

    static final int ROWS = 416;
    static final int COLUMNS = 320;

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> out = new ArrayList<>();
        for (int n = 1; n <= instances; n++) {
            Dataset ds = CompositeInstance.start(series, Uids.DigitalMammographyXRayImageStorageForPresentation, n);
            DxImageGenerator.writeDxModules(ds, "L");
            ds.setString(Tags.PositionerType, VR.CS, "MAMMOGRAPHIC");
            ds.setString(Tags.OrganExposed, VR.CS, "BREAST");
            Code.sct("76752008", "Breast").setAsSequence(ds, Tags.AnatomicRegionSequence);
            Dataset view = Code.sct("399162004", "cranio-caudal").setAsSequence(ds, Tags.ViewCodeSequence);
            view.newSequence(Tags.ViewModifierCodeSequence);
            ds.setString(Tags.PatientOrientation, VR.CS, "A", "R");
            ds.setInt(Tags.AcquisitionNumber, VR.IS, n);
            double[] attenuation = BreastPhantom.render(ROWS, COLUMNS, series.random());
            short[] stored = Quantize.toShorts(ProjectionImages.scale(attenuation, 100, 3900, false), 0, 1, 0, 4095);
            ImagePixelModule.write(ds, PixelImage.monochrome16(ROWS, COLUMNS, 12, false, "MONOCHROME2", false,
                    List.of(stored)));
            ds.setDouble(Tags.ImagerPixelSpacing, VR.DS, 0.1, 0.1);
            ds.setString(Tags.DetectorType, VR.CS, "DIRECT");
            ds.setDouble(Tags.BodyPartThickness, VR.DS, 48);
            ds.setDouble(Tags.CompressionForce, VR.DS, 110);
            ds.setString(Tags.AnodeTargetMaterial, VR.CS, "TUNGSTEN");
            ds.setString(Tags.FilterMaterial, VR.CS, "RHODIUM");
            ds.setString(Tags.BreastImplantPresent, VR.CS, "NO");
            ProjectionImages.technique(ds, 29, 900, 110, 650);
            VoiLutModule.write(ds, new double[] {1900}, new double[] {2600}, "DEFAULT");
            out.add(ds);
        }
        return out;
    }
}
