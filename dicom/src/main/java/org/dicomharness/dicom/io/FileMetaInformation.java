package org.dicomharness.dicom.io;

import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.dict.Tags;

/** Builds the File Meta Information of PS3.10 Table 7.1-1. */
public final class FileMetaInformation {

    /** This implementation's class UID (PS3.7 D.3.3.2): a UUID-derived UID (PS3.5 B.2), fixed for the harness. */
    public static final String IMPLEMENTATION_CLASS_UID = "2.25.98694118200134640070683042123502048261";
    /** At most 16 characters (SH). */
    public static final String IMPLEMENTATION_VERSION_NAME = "DCHARNESS_010";

    private FileMetaInformation() {
    }

    /**
     * File Meta Information for {@code dataset} in {@code syntax}: version 00 01, the SOP class and instance
     * from the data set, this implementation's identity, and optionally the Source AE Title.
     *
     * @throws DicomDataException when the data set lacks SOP Class UID or SOP Instance UID
     */
    public static Dataset create(Dataset dataset, TransferSyntax syntax, String sourceAeTitle) {
        String sopClass = dataset.requireString(Tags.SOPClassUID);
        String sopInstance = dataset.requireString(Tags.SOPInstanceUID);
        return create(sopClass, sopInstance, syntax.uid(), sourceAeTitle);
    }

    public static Dataset create(String sopClassUid, String sopInstanceUid, String transferSyntaxUid,
                                 String sourceAeTitle) {
        Dataset meta = new Dataset();
        meta.setLong(Tags.FileMetaInformationGroupLength, VR.UL, 0);
        meta.setBytes(Tags.FileMetaInformationVersion, VR.OB, new byte[] {0, 1});
        meta.setString(Tags.MediaStorageSOPClassUID, VR.UI, sopClassUid);
        meta.setString(Tags.MediaStorageSOPInstanceUID, VR.UI, sopInstanceUid);
        meta.setString(Tags.TransferSyntaxUID, VR.UI, transferSyntaxUid);
        meta.setString(Tags.ImplementationClassUID, VR.UI, IMPLEMENTATION_CLASS_UID);
        meta.setString(Tags.ImplementationVersionName, VR.SH, IMPLEMENTATION_VERSION_NAME);
        if (sourceAeTitle != null && !sourceAeTitle.isBlank()) {
            meta.setString(Tags.SourceApplicationEntityTitle, VR.AE, sourceAeTitle);
        }
        return meta;
    }
}
