package org.dicomharness.testdata.syntax;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Fragments;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.testdata.codec.Encapsulation;

/** Puts encoded frames into a copy of a data set and records what the compression did to it. */
final class EncodedImage {

    private EncodedImage() {
    }

    /** A copy of {@code source} with {@code frames} encapsulated as its Pixel Data (VR OB, PS3.5 A.4). */
    static Dataset withFrames(Dataset source, List<byte[]> frames) {
        Dataset out = source.copy();
        Fragments fragments = Encapsulation.encapsulate(frames);
        out.put(Tags.PixelData, VR.OB, fragments);
        return out;
    }

    /**
     * Marks a lossy compressed image as PS3.3 C.7.6.1.1.5 asks: Lossy Image Compression 01, the ratio and
     * the method; and gives it a new SOP Instance UID, since it is no longer the original's pixels. The new
     * UID is derived from the old one, so the result stays reproducible.
     */
    static void markLossy(Dataset ds, double ratio, String method, String description) {
        ds.setString(Tags.LossyImageCompression, VR.CS, "01");
        ds.setDouble(Tags.LossyImageCompressionRatio, VR.DS, Math.round(ratio * 100) / 100.0);
        ds.setString(Tags.LossyImageCompressionMethod, VR.CS, method);
        ds.setString(Tags.DerivationDescription, VR.ST, description);
        String original = ds.getString(Tags.SOPInstanceUID);
        UUID uuid = UUID.nameUUIDFromBytes((original + "/" + method).getBytes(StandardCharsets.US_ASCII));
        String derived = "2.25." + new java.math.BigInteger(1, java.nio.ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array());
        ds.setString(Tags.SOPInstanceUID, VR.UI, derived);
    }
}
