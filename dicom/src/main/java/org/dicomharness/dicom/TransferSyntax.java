package org.dicomharness.dicom;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dicomharness.dicom.dict.UidEntry;
import org.dicomharness.dicom.dict.UidRegistry;
import org.dicomharness.dicom.dict.Uids;

/**
 * A transfer syntax and the encoding rules it implies (PS3.5 Section 10 and Annex A).
 *
 * @param uid          the transfer syntax UID
 * @param name         its PS3.6 name
 * @param explicitVR   whether element headers carry the VR (all but Implicit VR Little Endian, A.1)
 * @param bigEndian    Explicit VR Big Endian (A.3, retired)
 * @param deflated     whether the dataset after the File Meta Information is a raw deflate stream (A.5)
 * @param encapsulated whether Pixel Data is encapsulated in fragments (A.4)
 * @param retired      whether PS3.6 lists it as retired
 */
public record TransferSyntax(String uid, String name, boolean explicitVR, boolean bigEndian, boolean deflated,
                             boolean encapsulated, boolean retired) {

    /** Syntaxes whose dataset is a deflate stream (PS3.5 A.5, and the JPIP referenced deflate variants). */
    private static final Set<String> DEFLATED = Set.of(Uids.DeflatedExplicitVRLittleEndian,
            Uids.JPIPReferencedDeflate, Uids.JPIPHTJ2KReferencedDeflate);

    /**
     * Syntaxes with native (or absent) pixel data: the uncompressed ones, the JPIP referenced syntaxes whose
     * pixel data is replaced by a Pixel Data Provider URL (A.6), SMPTE ST 2110 (A.10), and the retired
     * Papyrus implicit syntax. Every other registered syntax encapsulates Pixel Data (A.4).
     */
    private static final Set<String> NATIVE = Set.of(Uids.ImplicitVRLittleEndian, Uids.ExplicitVRLittleEndian,
            Uids.DeflatedExplicitVRLittleEndian, Uids.ExplicitVRBigEndian, Uids.JPIPReferenced,
            Uids.JPIPReferencedDeflate, Uids.JPIPHTJ2KReferenced, Uids.JPIPHTJ2KReferencedDeflate,
            Uids.SMPTEST211020UncompressedProgressiveActiveVideo,
            Uids.SMPTEST211020UncompressedInterlacedActiveVideo, Uids.SMPTEST211030PCMDigitalAudio,
            Uids.Papyrus3ImplicitVRLittleEndian, Uids.RFC2557MIMEEncapsulation, Uids.XMLEncoding);

    // Declared after the sets above: static initialisation runs in textual order.
    public static final TransferSyntax IMPLICIT_VR_LITTLE_ENDIAN = of(Uids.ImplicitVRLittleEndian);
    public static final TransferSyntax EXPLICIT_VR_LITTLE_ENDIAN = of(Uids.ExplicitVRLittleEndian);
    public static final TransferSyntax EXPLICIT_VR_BIG_ENDIAN = of(Uids.ExplicitVRBigEndian);
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = of(Uids.DeflatedExplicitVRLittleEndian);

    /** The registered syntax with this UID. */
    public static Optional<TransferSyntax> lookup(String uid) {
        return UidRegistry.standard().lookup(uid).filter(UidEntry::isTransferSyntax).map(TransferSyntax::fromEntry);
    }

    /**
     * The registered syntax with this UID.
     *
     * @throws IllegalArgumentException when the UID is not a transfer syntax of PS3.6 Annex A
     */
    public static TransferSyntax of(String uid) {
        return lookup(uid).orElseThrow(() -> new IllegalArgumentException(
                "'" + uid + "' is not a transfer syntax UID registered in PS3.6 Annex A"));
    }

    /** Every transfer syntax of the registry. */
    public static List<TransferSyntax> all() {
        return UidRegistry.standard().entries().stream().filter(UidEntry::isTransferSyntax)
                .map(TransferSyntax::fromEntry).toList();
    }

    private static TransferSyntax fromEntry(UidEntry e) {
        String uid = e.uid();
        boolean implicit = uid.equals(Uids.ImplicitVRLittleEndian) || uid.equals(Uids.Papyrus3ImplicitVRLittleEndian);
        return new TransferSyntax(uid, e.name(), !implicit, uid.equals(Uids.ExplicitVRBigEndian),
                DEFLATED.contains(uid), !NATIVE.contains(uid), e.retired());
    }

    @Override
    public String toString() {
        return name + " (" + uid + ")";
    }
}
