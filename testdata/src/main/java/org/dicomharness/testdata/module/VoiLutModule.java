package org.dicomharness.testdata.module;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** VOI LUT Module (PS3.3 C.11.2): window presets in the units after rescale. */
public final class VoiLutModule {

    private VoiLutModule() {
    }

    /** One window per preset; {@code explanations} names each (Window Center &amp; Width Explanation). */
    public static void write(Dataset ds, double[] centers, double[] widths, String... explanations) {
        ds.setDouble(Tags.WindowCenter, VR.DS, centers);
        ds.setDouble(Tags.WindowWidth, VR.DS, widths);
        if (explanations.length > 0) {
            ds.setString(Tags.WindowCenterWidthExplanation, VR.LO, explanations);
        }
    }
}
