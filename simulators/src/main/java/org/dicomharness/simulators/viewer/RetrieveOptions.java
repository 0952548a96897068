package org.dicomharness.simulators.viewer;

import java.util.List;
import org.dicomharness.dicom.dict.Uids;

/**
 * The storage presentation contexts a C-GET proposes with the SCP role (PS3.4 C.4.3.1, PS3.7 D.3.3.4): the SCP can
 * only send objects of the SOP Classes proposed, in the syntaxes accepted. With one context per (SOP Class, syntax)
 * the SCP can pick the context matching how it stored each object, which keeps the bytes as they are.
 *
 * @param sopClasses       Storage SOP Classes to receive
 * @param transferSyntaxes syntaxes offered for each, most preferred first
 */
public record RetrieveOptions(List<String> sopClasses, List<String> transferSyntaxes) {

    /** The storage SOP Classes the harness's generators produce (testdata's object kinds). */
    public static final List<String> GENERATED_SOP_CLASSES = List.of(Uids.CTImageStorage, Uids.MRImageStorage,
            Uids.ComputedRadiographyImageStorage, Uids.DigitalXRayImageStorageForPresentation,
            Uids.DigitalMammographyXRayImageStorageForPresentation, Uids.UltrasoundImageStorage,
            Uids.UltrasoundMultiFrameImageStorage, Uids.NuclearMedicineImageStorage,
            Uids.PositronEmissionTomographyImageStorage, Uids.SecondaryCaptureImageStorage,
            Uids.EncapsulatedPDFStorage, Uids.TwelveLeadECGWaveformStorage, Uids.BasicTextSRStorage,
            Uids.KeyObjectSelectionDocumentStorage, Uids.XRayRadiationDoseSRStorage, Uids.EnhancedCTImageStorage,
            Uids.EnhancedMRImageStorage);

    /** Native syntaxes first, then the lossless and lossy compressed ones the generators write. */
    public static final List<String> ALL_SYNTAXES = List.of(Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian,
            Uids.DeflatedExplicitVRLittleEndian, Uids.ExplicitVRBigEndian, Uids.RLELossless, Uids.JPEGLosslessSV1,
            Uids.JPEGLSLossless, Uids.JPEG2000Lossless, Uids.JPEGBaseline8Bit, Uids.JPEG2000);

    public RetrieveOptions {
        sopClasses = List.copyOf(sopClasses);
        transferSyntaxes = List.copyOf(transferSyntaxes);
        if (sopClasses.isEmpty() || transferSyntaxes.isEmpty()) {
            throw new IllegalArgumentException("a C-GET needs at least one Storage SOP Class and one transfer syntax");
        }
    }

    public static RetrieveOptions defaults() {
        return new RetrieveOptions(GENERATED_SOP_CLASSES, ALL_SYNTAXES);
    }

    public static RetrieveOptions of(List<String> sopClasses, List<String> transferSyntaxes) {
        return new RetrieveOptions(sopClasses, transferSyntaxes);
    }

    /** Whether one context per (SOP Class, syntax) fits in the 127 left beside the retrieve model's (PS3.8 9.3.2.2). */
    boolean contextPerSyntax() {
        return sopClasses.size() * transferSyntaxes.size() <= 127;
    }
}
