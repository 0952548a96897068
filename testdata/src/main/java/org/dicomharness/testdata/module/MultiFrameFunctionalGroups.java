package org.dicomharness.testdata.module;

import java.time.LocalDateTime;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.testdata.context.StudyContext;

/**
 * The frame organisation of enhanced multi-frame IODs: Multi-frame Functional Groups (PS3.3 C.7.6.16) with
 * one shared item and one item per frame, and Multi-frame Dimension (C.7.6.17) indexing the frames by
 * stack and in-stack position, the way scanners describe a contiguous axial stack.
 */
public final class MultiFrameFunctionalGroups {

    private final Dataset shared;
    private final Sequence perFrame;

    private MultiFrameFunctionalGroups(Dataset shared, Sequence perFrame) {
        this.shared = shared;
        this.perFrame = perFrame;
    }

    /** Creates the shared and per-frame sequences and the two-dimension organisation in {@code ds}. */
    public static MultiFrameFunctionalGroups start(Dataset ds, String dimensionOrganizationUid) {
        Dataset shared = ds.newSequence(Tags.SharedFunctionalGroupsSequence).addItem();
        Sequence perFrame = ds.newSequence(Tags.PerFrameFunctionalGroupsSequence);
        ds.newSequence(Tags.DimensionOrganizationSequence).addItem()
                .setString(Tags.DimensionOrganizationUID, VR.UI, dimensionOrganizationUid);
        Sequence index = ds.newSequence(Tags.DimensionIndexSequence);
        for (int pointer : new int[] {Tags.StackID, Tags.InStackPositionNumber}) {
            Dataset dim = index.addItem();
            dim.setString(Tags.DimensionOrganizationUID, VR.UI, dimensionOrganizationUid);
            dim.setInt(Tags.DimensionIndexPointer, VR.AT, pointer);
            dim.setInt(Tags.FunctionalGroupPointer, VR.AT, Tags.FrameContentSequence);
        }
        return new MultiFrameFunctionalGroups(shared, perFrame);
    }

    /** The item of Shared Functional Groups Sequence. */
    public Dataset shared() {
        return shared;
    }

    /** A new shared functional group macro: the one-item sequence {@code tag} in the shared item. */
    public Dataset sharedGroup(int tag) {
        return shared.newSequence(tag).addItem();
    }

    /**
     * Adds the next frame's item with Frame Content (C.7.6.16.2.2) and Plane Position (C.7.6.16.2.3);
     * returns it so the caller can add further per-frame macros.
     */
    public Dataset addFrame(int inStackPosition, LocalDateTime acquired, double durationMs, double[] position) {
        Dataset frame = perFrame.addItem();
        Dataset content = frame.newSequence(Tags.FrameContentSequence).addItem();
        String dt = StudyContext.dateTime(acquired);
        content.setString(Tags.FrameAcquisitionDateTime, VR.DT, dt);
        content.setString(Tags.FrameReferenceDateTime, VR.DT, dt);
        content.setDouble(Tags.FrameAcquisitionDuration, VR.FD, durationMs);
        content.setString(Tags.StackID, VR.SH, "1");
        content.setLong(Tags.InStackPositionNumber, VR.UL, inStackPosition);
        content.setLong(Tags.DimensionIndexValues, VR.UL, 1, inStackPosition);
        frame.newSequence(Tags.PlanePositionSequence).addItem()
                .setDouble(Tags.ImagePositionPatient, VR.DS, position);
        return frame;
    }

    /** Pixel Measures, Plane Orientation and Frame Anatomy, shared by every frame of an axial head stack. */
    public void sharedGeometry(double spacing, double thickness, double[] orientation, Code anatomy) {
        Dataset measures = sharedGroup(Tags.PixelMeasuresSequence);
        measures.setDouble(Tags.PixelSpacing, VR.DS, spacing, spacing);
        measures.setDouble(Tags.SliceThickness, VR.DS, thickness);
        measures.setDouble(Tags.SpacingBetweenSlices, VR.DS, thickness);
        sharedGroup(Tags.PlaneOrientationSequence).setDouble(Tags.ImageOrientationPatient, VR.DS, orientation);
        Dataset frameAnatomy = sharedGroup(Tags.FrameAnatomySequence);
        frameAnatomy.setString(Tags.FrameLaterality, VR.CS, "U");
        anatomy.setAsSequence(frameAnatomy, Tags.AnatomicRegionSequence);
    }

    /** Frame VOI LUT (C.7.6.16.2.10): one window for every frame. */
    public void sharedWindow(double center, double width, String explanation) {
        Dataset voi = sharedGroup(Tags.FrameVOILUTSequence);
        voi.setDouble(Tags.WindowCenter, VR.DS, center);
        voi.setDouble(Tags.WindowWidth, VR.DS, width);
        voi.setString(Tags.WindowCenterWidthExplanation, VR.LO, explanation);
    }

    /** Pixel Value Transformation (C.7.6.16.2.9). */
    public void sharedRescale(double intercept, double slope, String type) {
        Dataset pvt = sharedGroup(Tags.PixelValueTransformationSequence);
        pvt.setDouble(Tags.RescaleIntercept, VR.DS, intercept);
        pvt.setDouble(Tags.RescaleSlope, VR.DS, slope);
        pvt.setString(Tags.RescaleType, VR.LO, type);
    }

    /** The Common CT/MR Image Description macro (C.8.16.2) of a magnitude volume, at image or frame level. */
    public static void commonDescription(Dataset ds) {
        ds.setString(Tags.PixelPresentation, VR.CS, "MONOCHROME");
        ds.setString(Tags.VolumetricProperties, VR.CS, "VOLUME");
        ds.setString(Tags.VolumeBasedCalculationTechnique, VR.CS, "NONE");
    }
}
