package org.dicomharness.testdata.module;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** Image Plane Module (PS3.3 C.7.6.2) for axial slices in the patient coordinate system. */
public final class ImagePlaneModule {

    /** Axial orientation: rows along +x (patient left), columns along +y (posterior). */
    public static final double[] AXIAL = {1, 0, 0, 0, 1, 0};

    private ImagePlaneModule() {
    }

    /**
     * Writes an axial plane centred on the z axis.
     *
     * @param spacing   pixel spacing in mm (row spacing = column spacing)
     * @param thickness slice thickness in mm
     * @param z         slice location in mm
     */
    public static void writeAxial(Dataset ds, int rows, int columns, double spacing, double thickness, double z) {
        ds.setDouble(Tags.PixelSpacing, VR.DS, spacing, spacing);
        ds.setDouble(Tags.ImageOrientationPatient, VR.DS, AXIAL);
        ds.setDouble(Tags.ImagePositionPatient, VR.DS, -spacing * (columns - 1) / 2.0,
                -spacing * (rows - 1) / 2.0, z);
        ds.setDouble(Tags.SliceThickness, VR.DS, thickness);
        ds.setDouble(Tags.SliceLocation, VR.DS, z);
    }
}
