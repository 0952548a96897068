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
import org.dicomharness.testdata.phantom.UltrasoundPhantom;
import org.dicomharness.testdata.pixel.PixelImage;

/**
 * Ultrasound Multi-frame Image IOD (PS3.3 A.7): cine clips of one cardiac cycle (a pulsating vessel),
 * {@value #FRAMES} frames at 25 frames per second, with the Cine and Multi-frame modules.
 */
public final class UsMultiframeImageGenerator implements ObjectGenerator {

    static final int FRAMES = 12;
    static final double FRAME_TIME_MS = 40;

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> out = new ArrayList<>();
        for (int n = 1; n <= instances; n++) {
            Dataset ds = CompositeInstance.start(series, Uids.UltrasoundMultiFrameImageStorage, n);
            UltrasoundImages.writeUsImage(ds);
            long speckle = series.random().nextLong();
            List<byte[]> frames = new ArrayList<>();
            for (int f = 0; f < FRAMES; f++) {
                // Speckle drifts slowly: a new pattern every third frame, as tissue moves through the beam.
                frames.add(UltrasoundPhantom.render(UltrasoundImages.ROWS, UltrasoundImages.COLUMNS,
                        (double) f / FRAMES, speckle + f / 3));
            }
            ImagePixelModule.write(ds, PixelImage.bytes8(UltrasoundImages.ROWS, UltrasoundImages.COLUMNS, 1,
                    "MONOCHROME2", true, frames));
            ds.setInt(Tags.FrameIncrementPointer, VR.AT, Tags.FrameTime);
            ds.setDouble(Tags.FrameTime, VR.DS, FRAME_TIME_MS);
            ds.setInt(Tags.CineRate, VR.IS, (int) Math.round(1000 / FRAME_TIME_MS));
            ds.setInt(Tags.RecommendedDisplayFrameRate, VR.IS, (int) Math.round(1000 / FRAME_TIME_MS));
            ds.setInt(Tags.StartTrim, VR.IS, 1);
            ds.setInt(Tags.StopTrim, VR.IS, FRAMES);
            ds.setInt(Tags.HeartRate, VR.IS, 75);
            out.add(ds);
        }
        return out;
    }
}
