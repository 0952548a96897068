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
import org.dicomharness.testdata.phantom.ScreenCapture;
import org.dicomharness.testdata.pixel.PixelImage;

/**
 * Secondary Capture Image IOD (PS3.3 A.8.1): an 8-bit RGB workstation capture, the natural candidate for
 * JPEG Baseline (lossy 8-bit colour is legal here, unlike for CT or MR).
 */
public final class SecondaryCaptureGenerator implements ObjectGenerator {

    static final int ROWS = 256;
    static final int COLUMNS = 352;

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> out = new ArrayList<>();
        for (int n = 1; n <= instances; n++) {
            Dataset ds = CompositeInstance.start(series, Uids.SecondaryCaptureImageStorage, n);
            ds.setString(Tags.ConversionType, VR.CS, "WSD");
            ds.setString(Tags.PatientOrientation, VR.CS, "");
            ds.setString(Tags.ImageType, VR.CS, "DERIVED", "SECONDARY");
            ds.setString(Tags.BurnedInAnnotation, VR.CS, "NO");
            ds.setString(Tags.DateOfSecondaryCapture, VR.DA, ds.getString(Tags.ContentDate));
            ds.setString(Tags.TimeOfSecondaryCapture, VR.TM, ds.getString(Tags.ContentTime));
            byte[] rgb = ScreenCapture.render(ROWS, COLUMNS, series.random());
            ImagePixelModule.write(ds, PixelImage.bytes8(ROWS, COLUMNS, 3, "RGB", false, List.of(rgb)));
            out.add(ds);
        }
        return out;
    }
}
