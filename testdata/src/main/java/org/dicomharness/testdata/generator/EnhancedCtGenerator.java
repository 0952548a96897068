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
import org.dicomharness.testdata.module.ImagePixelModule;
import org.dicomharness.testdata.module.ImagePlaneModule;
import org.dicomharness.testdata.module.MultiFrameFunctionalGroups;
import org.dicomharness.testdata.phantom.HeadPhantom;
import org.dicomharness.testdata.phantom.Tissue;
import org.dicomharness.testdata.pixel.PixelImage;
import org.dicomharness.testdata.pixel.Quantize;

/**
 * Enhanced CT Image IOD (PS3.3 A.38.1): a spiral head volume of {@value #FRAMES} axial frames in one
 * instance; everything common to the frames in the shared functional groups (geometry, acquisition,
 * reconstruction, exposure, rescale, window), frame content, plane position and CT position per frame.
 */
public final class EnhancedCtGenerator implements ObjectGenerator {

    static final int FRAMES = 10;
    static final int SIZE = 256;
    static final double FOV_MM = 250;
    static final double SLICE_MM = 5;
    static final double FRAME_MS = 500;

    private static final HeadVolume VOLUME = new HeadVolume(FRAMES, SIZE, FOV_MM, FRAME_MS);

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> out = new ArrayList<>();
        for (int n = 1; n <= instances; n++) {
            Dataset ds = CompositeInstance.start(series, Uids.EnhancedCTImageStorage, n);
            LocalDateTime acquired = series.instanceTime(n);
            VOLUME.describe(ds, series, n, acquired);
            ds.setString(Tags.RecognizableVisualFeatures, VR.CS, "NO");

            MultiFrameFunctionalGroups groups = MultiFrameFunctionalGroups.start(ds, series.uid("dimension", "" + n));
            groups.sharedGeometry(FOV_MM / SIZE, SLICE_MM, ImagePlaneModule.AXIAL, Code.sct("69536005", "Head"));
            groups.sharedWindow(40, 80, "BRAIN");
            writeSharedCtGroups(groups, series.uid("irradiation", "" + n));
            List<short[]> frames = VOLUME.frames(groups, acquired, (frame, z) -> {
                Dataset position = frame.newSequence(Tags.CTPositionSequence).addItem();
                position.setDouble(Tags.TablePosition, VR.FD, -z);
                position.setDouble(Tags.DataCollectionCenterPatient, VR.FD, 0, 0, z);
                position.setDouble(Tags.ReconstructionTargetCenterPatient, VR.FD, 0, 0, z);
                double[] hu = HeadPhantom.slice(SIZE, z / CtImageGenerator.HEAD_HALF_HEIGHT_MM, Tissue::hounsfield,
                        4.0, series.random());
                return Quantize.toShorts(hu, -1024, 1, 0, 4095);
            });
            ImagePixelModule.write(ds, PixelImage.monochrome16(SIZE, SIZE, 12, false, "MONOCHROME2", true, frames));
            out.add(ds);
        }
        return out;
    }

    /** The CT-specific functional group macros of C.8.15.3, identical for every frame of a spiral volume. */
    private static void writeSharedCtGroups(MultiFrameFunctionalGroups groups, String irradiationEventUid) {
        Dataset frameType = groups.sharedGroup(Tags.CTImageFrameTypeSequence);
        frameType.setString(Tags.FrameType, VR.CS, "ORIGINAL", "PRIMARY", "VOLUME", "NONE");
        MultiFrameFunctionalGroups.commonDescription(frameType);
        Dataset acquisitionType = groups.sharedGroup(Tags.CTAcquisitionTypeSequence);
        acquisitionType.setString(Tags.AcquisitionType, VR.CS, "SPIRAL");
        acquisitionType.setString(Tags.ConstantVolumeFlag, VR.CS, "NO");
        acquisitionType.setString(Tags.FluoroscopyFlag, VR.CS, "NO");
        Dataset details = groups.sharedGroup(Tags.CTAcquisitionDetailsSequence);
        details.setString(Tags.RotationDirection, VR.CS, "CW");
        details.setDouble(Tags.RevolutionTime, VR.FD, 1.0);
        details.setDouble(Tags.SingleCollimationWidth, VR.FD, 0.6);
        details.setDouble(Tags.TotalCollimationWidth, VR.FD, 38.4);
        details.setDouble(Tags.TableHeight, VR.DS, 160);
        details.setDouble(Tags.GantryDetectorTilt, VR.DS, 0);
        details.setDouble(Tags.DataCollectionDiameter, VR.DS, 500);
        Dataset dynamics = groups.sharedGroup(Tags.CTTableDynamicsSequence);
        dynamics.setDouble(Tags.TableSpeed, VR.FD, 21.12);
        dynamics.setDouble(Tags.TableFeedPerRotation, VR.FD, 21.12);
        dynamics.setDouble(Tags.SpiralPitchFactor, VR.FD, 0.55);
        Dataset geometry = groups.sharedGroup(Tags.CTGeometrySequence);
        geometry.setDouble(Tags.DistanceSourceToDetector, VR.DS, 1040);
        geometry.setDouble(Tags.DistanceSourceToDataCollectionCenter, VR.FD, 570);
        Dataset recon = groups.sharedGroup(Tags.CTReconstructionSequence);
        recon.setString(Tags.ReconstructionAlgorithm, VR.CS, "ITERATIVE");
        recon.setString(Tags.ConvolutionKernel, VR.SH, "H30s");
        recon.setString(Tags.ConvolutionKernelGroup, VR.CS, "BRAIN");
        recon.setDouble(Tags.ReconstructionDiameter, VR.DS, FOV_MM);
        recon.setDouble(Tags.ReconstructionPixelSpacing, VR.FD, FOV_MM / SIZE, FOV_MM / SIZE);
        recon.setDouble(Tags.ReconstructionAngle, VR.FD, 360);
        recon.setString(Tags.ImageFilter, VR.SH, "NONE");
        Dataset exposure = groups.sharedGroup(Tags.CTExposureSequence);
        exposure.setDouble(Tags.ExposureTimeInms, VR.FD, 1000);
        exposure.setDouble(Tags.XRayTubeCurrentInmA, VR.FD, 280);
        exposure.setDouble(Tags.ExposureInmAs, VR.FD, 280);
        exposure.setString(Tags.ExposureModulationType, VR.CS, "NONE");
        exposure.setDouble(Tags.CTDIvol, VR.FD, 52.4);
        Code.dcm("113690", "IEC Head Dosimetry Phantom").setAsSequence(exposure, Tags.CTDIPhantomTypeCodeSequence);
        Dataset xray = groups.sharedGroup(Tags.CTXRayDetailsSequence);
        xray.setDouble(Tags.KVP, VR.DS, 120);
        xray.setDouble(Tags.FocalSpots, VR.DS, 0.7);
        xray.setString(Tags.FilterType, VR.SH, "WEDGE");
        xray.setString(Tags.FilterMaterial, VR.CS, "ALUMINUM");
        groups.sharedRescale(-1024, 1, "HU");
        groups.sharedGroup(Tags.IrradiationEventIdentificationSequence)
                .setString(Tags.IrradiationEventUID, VR.UI, irradiationEventUid);
    }
}
