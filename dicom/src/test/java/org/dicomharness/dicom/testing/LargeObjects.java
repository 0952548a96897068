package org.dicomharness.dicom.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.DicomWriter;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.io.WriteOptions;

/**
 * Multi-frame objects of any size, generated on demand as sparse files: the attributes are written, then the
 * Pixel Data header, then the file is extended to its full length (the frames read as zeros, except a marker
 * written into the last frame so that truncation and reordering show).
 */
public final class LargeObjects {

    private LargeObjects() {
    }

    /**
     * A Multi-frame Grayscale Word Secondary Capture image of {@code frames} frames of 1024 x 1024 16-bit pixels
     * (2 MiB each) in Explicit VR Little Endian; 1024 frames make 2 GiB of Pixel Data.
     */
    public static Path multiFrame(Path file, int frames) throws IOException {
        TestImages.Ids ids = TestImages.Ids.fresh("LARGE1", "Large^Object");
        Dataset ds = new Dataset();
        ds.setString(Tags.SOPClassUID, Uids.MultiFrameGrayscaleWordSecondaryCaptureImageStorage);
        ds.setString(Tags.SOPInstanceUID, ids.sopUid());
        ds.setString(Tags.Modality, "OT");
        ds.setString(Tags.PatientName, ids.patientName());
        ds.setString(Tags.PatientID, ids.patientId());
        ds.setString(Tags.StudyInstanceUID, ids.studyUid());
        ds.setString(Tags.SeriesInstanceUID, ids.seriesUid());
        ds.setInt(Tags.SamplesPerPixel, VR.US, 1);
        ds.setString(Tags.PhotometricInterpretation, "MONOCHROME2");
        ds.setInt(Tags.NumberOfFrames, VR.IS, frames);
        ds.setInt(Tags.Rows, VR.US, 1024);
        ds.setInt(Tags.Columns, VR.US, 1024);
        ds.setInt(Tags.BitsAllocated, VR.US, 16);
        ds.setInt(Tags.BitsStored, VR.US, 16);
        ds.setInt(Tags.HighBit, VR.US, 15);
        ds.setInt(Tags.PixelRepresentation, VR.US, 0);
        long pixelBytes = frames * 1024L * 1024L * 2L;
        if (pixelBytes > 0xFFFFFFFEL) {
            throw new IllegalArgumentException(frames + " frames exceed the 32-bit length of Pixel Data");
        }
        TransferSyntax ts = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
        long headerEnd;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[128]);
            out.write(new byte[] {'D', 'I', 'C', 'M'});
            new DicomWriter(out, ts, WriteOptions.defaults()).writeDataset(FileMetaInformation.create(ds, ts, "HARNESS"));
            DicomWriter w = new DicomWriter(out, ts, WriteOptions.defaults());
            w.writeDataset(ds);
            w.writeHeader(Tags.PixelData, VR.OW, pixelBytes);
        }
        headerEnd = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(headerEnd + pixelBytes);
            raf.seek(headerEnd + pixelBytes - 16);
            raf.write("LAST-FRAME-MARK!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        return file;
    }
}
