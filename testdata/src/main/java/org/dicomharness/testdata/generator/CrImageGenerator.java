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
import org.dicomharness.testdata.module.VoiLutModule;
import org.dicomharness.testdata.phantom.ChestPhantom;
import org.dicomharness.testdata.pixel.PixelImage;
import org.dicomharness.testdata.pixel.Quantize;

/**
 * Computed Radiography Image IOD (PS3.3 A.2): a PA chest in MONOCHROME1 (high values dark), as storage
 * phosphor readers commonly send it, so viewers must honour the photometric interpretation.
 */
public final class CrImageGenerator implements ObjectGenerator {

    static final int ROWS = 320;
    static final int COLUMNS = 272;

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> out = new ArrayList<>();
        for (int n = 1; n <= instances; n++) {
            Dataset ds = CompositeInstance.start(series, Uids.ComputedRadiographyImageStorage, n);
            ds.setString(Tags.ViewPosition, VR.CS, "PA");
            ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY");
            ds.setString(Tags.PatientOrientation, VR.CS, "L", "F");
            ds.setInt(Tags.AcquisitionNumber, VR.IS, n);
            ds.setString(Tags.BurnedInAnnotation, VR.CS, "NO");
            ds.setString(Tags.LossyImageCompression, VR.CS, "00");
            double[] attenuation = ChestPhantom.render(ROWS, COLUMNS, series.random());
            short[] stored = Quantize.toShorts(ProjectionImages.scale(attenuation, 300, 3800, true), 0, 1, 0, 4095);
            ImagePixelModule.write(ds, PixelImage.monochrome16(ROWS, COLUMNS, 12, false, "MONOCHROME1", false,
                    List.of(stored)));
            ds.setDouble(Tags.ImagerPixelSpacing, VR.DS, 1.3, 1.3);
            ds.setString(Tags.PlateType, VR.SH, "ST-VI");
            ds.setString(Tags.PhosphorType, VR.LO, "BaFBr:Eu");
            ProjectionImages.technique(ds, 110, 12, 320, 1800);
            VoiLutModule.write(ds, new double[] {2050}, new double[] {3500}, "DEFAULT");
            out.add(ds);
        }
        return out;
    }
}
