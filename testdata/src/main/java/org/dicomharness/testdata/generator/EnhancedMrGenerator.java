package org.dicomharness.testdata.generator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.testdata.context.SeriesContext;
import org.dicomharness.testdata.module.Code;
import org.dicomharness.testdata.module.CompositeInstance;
import org.dicomharness.testdata.module.Equipment;
import org.dicomharness.testdata.module.ImagePixelModule;
import org.dicomharness.testdata.module.ImagePlaneModule;
import org.dicomharness.testdata.module.MultiFrameFunctionalGroups;
import org.dicomharness.testdata.phantom.HeadPhantom;
import org.dicomharness.testdata.phantom.Tissue;
import org.dicomharness.testdata.pixel.PixelImage;
import org.dicomharness.testdata.pixel.Quantize;

/**
 * Enhanced MR Image IOD (PS3.3 A.36.2): a 2D T1 spin echo head stack of {@value #FRAMES} frames, with the MR
 * Pulse Sequence module and the MR functional group macros of C.8.13.5, shared where the frames agree.
 */
public final class EnhancedMrGenerator implements ObjectGenerator {

    static final int FRAMES = 10;
    static final int SIZE = 256;
    static final double FOV_MM = 230;
    static final double SLICE_MM = 5;
    static final double FRAME_MS = 4000;

    private static final HeadVolume VOLUME = new HeadVolume(FRAMES, SIZE, FOV_MM, FRAME_MS);

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> out = new ArrayList<>();
        for (int n = 1; n <= instances; n++) {
            Dataset ds = CompositeInstance.start(series, Uids.EnhancedMRImageStorage, n);
            LocalDateTime acquired = series.instanceTime(n);
            VOLUME.describe(ds, series, n, acquired);
            ds.setString(Tags.ComplexImageComponent, VR.CS, "MAGNITUDE");
            ds.setString(Tags.AcquisitionContrast, VR.CS, "T1");
            ds.setString(Tags.ResonantNucleus, VR.CS, "1H");
            ds.setString(Tags.KSpaceFiltering, VR.CS, "NONE");
            ds.setDouble(Tags.MagneticFieldStrength, VR.DS, 1.5);
            ds.setString(Tags.ApplicableSafetyStandardAgency, VR.CS, "IEC");
            writePulseSequence(ds);

            MultiFrameFunctionalGroups groups = MultiFrameFunctionalGroups.start(ds, series.uid("dimension", "" + n));
            groups.sharedGeometry(FOV_MM / SIZE, SLICE_MM, ImagePlaneModule.AXIAL, Code.sct("69536005", "Head"));
            groups.sharedWindow(700, 1400, "T1");
            groups.sharedRescale(0, 1, "US");
            writeSharedMrGroups(groups, series.kind().equipment());
            List<short[]> frames = VOLUME.frames(groups, acquired, (frame, z) -> {
                double[] signal = HeadPhantom.slice(SIZE, z / CtImageGenerator.HEAD_HALF_HEIGHT_MM, Tissue::t1Signal,
                        18.0, series.random());
                return Quantize.toShorts(signal, 0, 1, 0, 4095);
            });
            ImagePixelModule.write(ds, PixelImage.monochrome16(SIZE, SIZE, 12, false, "MONOCHROME2", true, frames));
            out.add(ds);
        }
        return out;
    }

    /** MR Pulse Sequence Module (C.8.13.4): a conventional 2D Cartesian spin echo. */
    private static void writePulseSequence(Dataset ds) {
        ds.setString(Tags.PulseSequenceName, VR.SH, "SE2D");
        ds.setString(Tags.MRAcquisitionType, VR.CS, "2D");
        ds.setString(Tags.EchoPulseSequence, VR.CS, "SPIN");
        ds.setString(Tags.MultipleSpinEcho, VR.CS, "NO");
        ds.setString(Tags.MultiPlanarExcitation, VR.CS, "YES");
        ds.setString(Tags.PhaseContrast, VR.CS, "NO");
        ds.setString(Tags.TimeOfFlightContrast, VR.CS, "NO");
        ds.setString(Tags.SteadyStatePulseSequence, VR.CS, "NONE");
        ds.setString(Tags.EchoPlanarPulseSequence, VR.CS, "NO");
        ds.setString(Tags.SaturationRecovery, VR.CS, "NO");
        ds.setString(Tags.SpectrallySelectedSuppression, VR.CS, "NONE");
        ds.setString(Tags.OversamplingPhase, VR.CS, "NONE");
        ds.setString(Tags.GeometryOfKSpaceTraversal, VR.CS, "RECTILINEAR");
        ds.setString(Tags.RectilinearPhaseEncodeReordering, VR.CS, "LINEAR");
        ds.setString(Tags.SegmentedKSpaceTraversal, VR.CS, "SINGLE");
        ds.setInt(Tags.NumberOfKSpaceTrajectories, VR.US, 1);
    }

    /** The MR functional group macros of C.8.13.5, shared by every frame. */
    private static void writeSharedMrGroups(MultiFrameFunctionalGroups groups, Equipment equipment) {
        Dataset frameType = groups.sharedGroup(Tags.MRImageFrameTypeSequence);
        frameType.setString(Tags.FrameType, VR.CS, "ORIGINAL", "PRIMARY", "VOLUME", "NONE");
        MultiFrameFunctionalGroups.commonDescription(frameType);
        frameType.setString(Tags.ComplexImageComponent, VR.CS, "MAGNITUDE");
        frameType.setString(Tags.AcquisitionContrast, VR.CS, "T1");
        Dataset timing = groups.sharedGroup(Tags.MRTimingAndRelatedParametersSequence);
        timing.setDouble(Tags.RepetitionTime, VR.DS, 500);
        timing.setDouble(Tags.FlipAngle, VR.DS, 90);
        timing.setInt(Tags.EchoTrainLength, VR.IS, 1);
        timing.setInt(Tags.RFEchoTrainLength, VR.US, 1);
        timing.setInt(Tags.GradientEchoTrainLength, VR.US, 0);
        Dataset sar = timing.newSequence(Tags.SpecificAbsorptionRateSequence).addItem();
        sar.setString(Tags.SpecificAbsorptionRateDefinition, VR.CS, "IEC_WHOLE_BODY");
        sar.setDouble(Tags.SpecificAbsorptionRateValue, VR.FD, 0.8);
        Dataset mode = timing.newSequence(Tags.OperatingModeSequence).addItem();
        mode.setString(Tags.OperatingModeType, VR.CS, "GRADIENT");
        mode.setString(Tags.OperatingMode, VR.CS, "IEC_NORMAL");
        Dataset fov = groups.sharedGroup(Tags.MRFOVGeometrySequence);
        fov.setString(Tags.InPlanePhaseEncodingDirection, VR.CS, "ROW");
        fov.setInt(Tags.MRAcquisitionFrequencyEncodingSteps, VR.US, SIZE);
        fov.setInt(Tags.MRAcquisitionPhaseEncodingStepsInPlane, VR.US, 192);
        fov.setDouble(Tags.PercentSampling, VR.DS, 100);
        fov.setDouble(Tags.PercentPhaseFieldOfView, VR.DS, 100);
        groups.sharedGroup(Tags.MREchoSequence).setDouble(Tags.EffectiveEchoTime, VR.FD, 15);
        Dataset modifier = groups.sharedGroup(Tags.MRModifierSequence);
        modifier.setString(Tags.InversionRecovery, VR.CS, "NO");
        modifier.setString(Tags.FlowCompensation, VR.CS, "NONE");
        modifier.setString(Tags.T2Preparation, VR.CS, "NO");
        modifier.setString(Tags.SpectrallySelectedExcitation, VR.CS, "NONE");
        modifier.setString(Tags.SpatialPresaturation, VR.CS, "NONE");
        modifier.setString(Tags.PartialFourier, VR.CS, "NO");
        modifier.setString(Tags.ParallelAcquisition, VR.CS, "NO");
        Dataset imaging = groups.sharedGroup(Tags.MRImagingModifierSequence);
        imaging.setString(Tags.MagnetizationTransfer, VR.CS, "NONE");
        imaging.setString(Tags.BloodSignalNulling, VR.CS, "NO");
        imaging.setString(Tags.Tagging, VR.CS, "NONE");
        imaging.setDouble(Tags.TransmitterFrequency, VR.FD, 63.87);
        imaging.setDouble(Tags.PixelBandwidth, VR.DS, 130);
        Dataset receive = groups.sharedGroup(Tags.MRReceiveCoilSequence);
        receive.setString(Tags.ReceiveCoilName, VR.SH, "HEAD");
        receive.setString(Tags.ReceiveCoilManufacturerName, VR.LO, equipment.manufacturer());
        receive.setString(Tags.ReceiveCoilType, VR.CS, "VOLUME");
        receive.setString(Tags.QuadratureReceiveCoil, VR.CS, "YES");
        Dataset transmit = groups.sharedGroup(Tags.MRTransmitCoilSequence);
        transmit.setString(Tags.TransmitCoilName, VR.SH, "BODY");
        transmit.setString(Tags.TransmitCoilManufacturerName, VR.LO, equipment.manufacturer());
        transmit.setString(Tags.TransmitCoilType, VR.CS, "BODY");
        groups.sharedGroup(Tags.MRAveragesSequence).setDouble(Tags.NumberOfAverages, VR.DS, 2);
    }
}
