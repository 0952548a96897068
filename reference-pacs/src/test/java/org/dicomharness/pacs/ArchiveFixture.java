package org.dicomharness.pacs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.DicomWriter;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.dicomharness.pacs.store.StoreOutcome;
import org.dicomharness.pacs.store.StoreRequest;

/** Test helpers: an archive in a temporary folder and a way to store in-memory data sets through its pipeline. */
public final class ArchiveFixture {

    private ArchiveFixture() {
    }

    /** A minimal Secondary Capture object in study {@code study}, series {@code study}.1. */
    public static Dataset secondaryCapture(String sopUid, String patientId, String study, String description) {
        Dataset ds = new Dataset();
        ds.setString(Tags.SOPClassUID, org.dicomharness.dicom.dict.Uids.SecondaryCaptureImageStorage);
        ds.setString(Tags.SOPInstanceUID, sopUid);
        ds.setString(Tags.StudyDescription, description);
        ds.setString(Tags.Modality, "OT");
        ds.setString(Tags.PatientName, "Test^Patient");
        ds.setString(Tags.PatientID, patientId);
        ds.setString(Tags.StudyInstanceUID, study);
        ds.setString(Tags.SeriesInstanceUID, study + ".1");
        ds.setBytes(Tags.PixelData, org.dicomharness.dicom.VR.OB, new byte[] {1, 2, 3, 4});
        return ds;
    }

    public static Archive open(Path dir) throws IOException {
        return Archive.open(PacsConfig.defaults(dir).withFsync(false), ArchivalValidator.NONE);
    }

    public static byte[] encode(Dataset ds, TransferSyntax syntax) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DicomWriter(out, syntax, WriteOptions.defaults()).writeDataset(ds);
        return out.toByteArray();
    }

    public static StoreOutcome store(Archive archive, Dataset ds, String callingAe) throws IOException {
        return store(archive, ds, callingAe, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
    }

    public static StoreOutcome store(Archive archive, Dataset ds, String callingAe, TransferSyntax syntax)
            throws IOException {
        byte[] bytes = encode(ds, syntax);
        return archive.ingest().store(new StoreRequest(callingAe, ds.getString(Tags.SOPClassUID),
                ds.getString(Tags.SOPInstanceUID), syntax.uid(), new ByteArrayInputStream(bytes)));
    }
}
