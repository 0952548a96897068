package org.dicomharness.testdata.generator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.testdata.context.SeriesContext;
import org.dicomharness.testdata.context.StudyContext;
import org.dicomharness.testdata.module.MultiFrameFunctionalGroups;

/**
 * What the Enhanced CT and Enhanced MR generators share: an axial head volume of equally timed frames in one
 * instance, with the enhanced image description both IODs require (Frame of Reference, the Enhanced CT/MR Image
 * modules' common attributes) and one functional group item per frame placed along the head.
 *
 * @param frames  number of frames
 * @param size    rows and columns
 * @param fovMm   field of view, square
 * @param frameMs acquisition time of one frame
 */
record HeadVolume(int frames, int size, double fovMm, double frameMs) {

    /** The pixels of one frame, after the modality has added what it records per frame to {@code frame}. */
    interface FrameContent {
        short[] frame(Dataset frame, double z);
    }

    /** Attributes of instance {@code n} that do not depend on the modality. */
    void describe(Dataset ds, SeriesContext series, int n, LocalDateTime acquired) {
        ds.setString(Tags.PatientPosition, VR.CS, "HFS");
        ds.setString(Tags.FrameOfReferenceUID, VR.UI, series.frameOfReferenceUid());
        ds.setString(Tags.PositionReferenceIndicator, VR.LO, "");
        ds.newSequence(Tags.AcquisitionContextSequence);
        ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "VOLUME", "NONE");
        MultiFrameFunctionalGroups.commonDescription(ds);
        ds.setInt(Tags.AcquisitionNumber, VR.IS, n);
        ds.setString(Tags.AcquisitionDateTime, VR.DT, StudyContext.dateTime(acquired));
        ds.setDouble(Tags.AcquisitionDuration, VR.FD, frames * frameMs / 1000);
        ds.setString(Tags.ContentQualification, VR.CS, "PRODUCT");
        ds.setString(Tags.BurnedInAnnotation, VR.CS, "NO");
        ds.setString(Tags.LossyImageCompression, VR.CS, "00");
        ds.setString(Tags.PresentationLUTShape, VR.CS, "IDENTITY");
    }

    /** Adds the per-frame functional groups, frame after frame, and returns the frames' pixels in that order. */
    List<short[]> frames(MultiFrameFunctionalGroups groups, LocalDateTime acquired, FrameContent content) {
        List<short[]> out = new ArrayList<>();
        for (int f = 1; f <= frames; f++) {
            double z = CtImageGenerator.sliceZ(f, frames);
            double x0 = -fovMm / size * (size - 1) / 2.0;
            Dataset frame = groups.addFrame(f, acquired.plusNanos((long) ((f - 1) * frameMs * 1e6)), frameMs,
                    new double[] {x0, x0, z});
            out.add(content.frame(frame, z));
        }
        return out;
    }
}
