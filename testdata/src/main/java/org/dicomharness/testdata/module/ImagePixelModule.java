package org.dicomharness.testdata.module;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.testdata.pixel.PixelImage;

/** Image Pixel Module (PS3.3 C.7.6.3) with native (uncompressed) Pixel Data. */
public final class ImagePixelModule {

    private ImagePixelModule() {
    }

    public static void write(Dataset ds, PixelImage image) {
        ds.setInt(Tags.SamplesPerPixel, VR.US, image.samplesPerPixel());
        ds.setString(Tags.PhotometricInterpretation, VR.CS, image.photometric());
        ds.setInt(Tags.Rows, VR.US, image.rows());
        ds.setInt(Tags.Columns, VR.US, image.columns());
        ds.setInt(Tags.BitsAllocated, VR.US, image.bitsAllocated());
        ds.setInt(Tags.BitsStored, VR.US, image.bitsStored());
        ds.setInt(Tags.HighBit, VR.US, image.bitsStored() - 1);
        ds.setInt(Tags.PixelRepresentation, VR.US, image.signed() ? 1 : 0);
        if (image.samplesPerPixel() > 1) {
            ds.setInt(Tags.PlanarConfiguration, VR.US, 0);
        }
        if (image.frames() > 1 || image.multiFrameIod()) {
            ds.setInt(Tags.NumberOfFrames, VR.IS, image.frames());
        }
        // PS3.5 8.1.2: OW for more than 8 bits allocated, OB (or OW) for 8.
        ds.put(Tags.PixelData, image.bitsAllocated() > 8 ? VR.OW : VR.OB, ByteValue.wrap(image.data()));
    }
}
