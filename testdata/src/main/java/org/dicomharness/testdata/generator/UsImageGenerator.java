package org.dicomharness.testdata.generator;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.testdata.context.SeriesContext;
import org.dicomharness.testdata.module.CompositeInstance;
import org.dicomharness.testdata.module.ImagePixelModule;
import org.dicomharness.testdata.phantom.UltrasoundPhantom;
import org.dicomharness.testdata.pixel.PixelImage;

/** Ultrasound Image IOD (PS3.3 A.6): single B-mode frames of the upper abdomen, 8-bit MONOCHROME2. */
public final class UsImageGenerator implements ObjectGenerator {

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> out = new ArrayList<>();
        for (int n = 1; n <= instances; n++) {
            Dataset ds = CompositeInstance.start(series, Uids.UltrasoundImageStorage, n);
            UltrasoundImages.writeUsImage(ds);
            byte[] frame = UltrasoundPhantom.render(UltrasoundImages.ROWS, UltrasoundImages.COLUMNS,
                    (n - 1) / 4.0 % 1.0, series.random().nextLong());
            ImagePixelModule.write(ds, PixelImage.bytes8(UltrasoundImages.ROWS, UltrasoundImages.COLUMNS, 1,
                    "MONOCHROME2", false, List.of(frame)));
            out.add(ds);
        }
        return out;
    }
}
