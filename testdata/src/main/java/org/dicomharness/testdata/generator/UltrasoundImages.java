package org.dicomharness.testdata.generator;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** Attributes shared by the single- and multi-frame ultrasound generators (PS3.3 C.8.5.6, C.8.5.5). */
final class UltrasoundImages {

    static final int ROWS = 360;
    static final int COLUMNS = 400;
    /** cm per pixel, both directions. */
    static final double CM_PER_PIXEL = 0.04;

    private UltrasoundImages() {
    }

    static void writeUsImage(Dataset ds) {
        ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "ABDOMINAL");
        ds.setString(Tags.LossyImageCompression, VR.CS, "00");
        ds.setString(Tags.BurnedInAnnotation, VR.CS, "NO");
        ds.setString(Tags.PatientOrientation, VR.CS, "");
        ds.setString(Tags.TransducerData, VR.LO, "C5-1");
        writeRegion(ds);
    }

    /** US Region Calibration (C.8.5.5): one 2D tissue region in cm, so viewers can measure. */
    private static void writeRegion(Dataset ds) {
        Dataset region = ds.newSequence(Tags.SequenceOfUltrasoundRegions).addItem();
        region.setInt(Tags.RegionSpatialFormat, VR.US, 1);
        region.setInt(Tags.RegionDataType, VR.US, 1);
        region.setLong(Tags.RegionFlags, VR.UL, 0);
        region.setLong(Tags.RegionLocationMinX0, VR.UL, 0);
        region.setLong(Tags.RegionLocationMinY0, VR.UL, 0);
        region.setLong(Tags.RegionLocationMaxX1, VR.UL, COLUMNS - 1);
        region.setLong(Tags.RegionLocationMaxY1, VR.UL, ROWS - 1);
        region.setInt(Tags.PhysicalUnitsXDirection, VR.US, 3);
        region.setInt(Tags.PhysicalUnitsYDirection, VR.US, 3);
        region.setDouble(Tags.PhysicalDeltaX, VR.FD, CM_PER_PIXEL);
        region.setDouble(Tags.PhysicalDeltaY, VR.FD, CM_PER_PIXEL);
        region.setInt(Tags.ReferencePixelX0, VR.SL, COLUMNS / 2);
        region.setInt(Tags.ReferencePixelY0, VR.SL, 0);
    }
}
