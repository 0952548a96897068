package org.dicomharness.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.DicomWriter;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.pacs.index.IndexDatabase;
import org.dicomharness.pacs.index.InstanceIndex;
import org.dicomharness.pacs.index.InstanceState;
import org.dicomharness.pacs.index.NewInstance;
import org.dicomharness.pacs.store.ObjectStore;

/**
 * Seeds a reference PACS data folder with {@code N} small CT objects (8 x 8 pixels, about 1.3 KB) for the C-FIND
 * benchmark, without the network: each object is written and renamed into place by the archive's own
 * {@link ObjectStore} (fsync off) and indexed by {@link InstanceIndex#insert}, one transaction per object, exactly
 * as the ingest pipeline does after it received an object. The result is a consistent archive: start-up recovery
 * finds a file for every row and a row for every file. Usage: {@code IndexSeeder DATA_DIR N}.
 */
public final class IndexSeeder {

    private IndexSeeder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: IndexSeeder DATA_DIR N");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        SeededIndex layout = new SeededIndex(Integer.parseInt(args[1]));
        if (Files.exists(data.resolve("index"))) {
            System.err.println(data + " already holds an index; give an empty folder");
            System.exit(2);
        }
        long start = System.nanoTime();
        ObjectStore store = new ObjectStore(data, false);
        try (IndexDatabase db = IndexDatabase.open(null, null, null, data)) {
            InstanceIndex index = new InstanceIndex(db.dataSource());
            int n = 0;
            for (int study = 0; study < layout.studies(); study++) {
                for (int series = 1; series <= SeededIndex.SERIES_PER_STUDY; series++) {
                    for (int inst = 1; inst <= SeededIndex.INSTANCES_PER_SERIES; inst++) {
                        Dataset ds = object(layout, study, series, inst);
                        seed(store, index, ds);
                        if (++n % 10_000 == 0) {
                            System.out.printf("%d instances in %.0f s%n", n, (System.nanoTime() - start) / 1e9);
                        }
                    }
                }
            }
            System.out.printf("seeded %d instances (%d studies, %d patients) in %.0f s%n", n, layout.studies(),
                    layout.patients(), (System.nanoTime() - start) / 1e9);
        }
    }

    static Dataset object(SeededIndex layout, int study, int series, int instance) {
        String studyUid = SeededIndex.studyUid(study);
        String seriesUid = studyUid + "." + series;
        int patient = SeededIndex.patientOf(study);
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, "ISO_IR 100");
        ds.setString(Tags.ImageType, "ORIGINAL", "PRIMARY", "AXIAL");
        ds.setString(Tags.SOPClassUID, Uids.CTImageStorage);
        ds.setString(Tags.SOPInstanceUID, seriesUid + "." + instance);
        ds.setString(Tags.StudyDate, SeededIndex.da(layout.studyDate(study)));
        ds.setString(Tags.StudyTime, String.format("%02d%02d00", 7 + study % 12, study % 60));
        ds.setString(Tags.AccessionNumber, String.format("A%08d", study));
        ds.setString(Tags.Modality, "CT");
        ds.setString(Tags.ReferringPhysicianName, "Referrer^" + (char) ('A' + study % 26));
        ds.setString(Tags.StudyDescription, study % 3 == 0 ? "CT HEAD" : study % 3 == 1 ? "CT CHEST" : "CT ABDOMEN");
        ds.setString(Tags.SeriesDescription, "Series " + series);
        ds.setString(Tags.PatientName, "Bench^Patient" + patient);
        ds.setString(Tags.PatientID, SeededIndex.patientId(patient));
        ds.setString(Tags.PatientBirthDate, String.format("19%02d0101", 30 + patient % 60));
        ds.setString(Tags.PatientSex, patient % 2 == 0 ? "F" : "M");
        ds.setString(Tags.StudyInstanceUID, studyUid);
        ds.setString(Tags.SeriesInstanceUID, seriesUid);
        ds.setString(Tags.StudyID, Integer.toString(study));
        ds.setLong(Tags.SeriesNumber, VR.IS, series);
        ds.setLong(Tags.InstanceNumber, VR.IS, instance);
        ds.setInt(Tags.SamplesPerPixel, VR.US, 1);
        ds.setString(Tags.PhotometricInterpretation, "MONOCHROME2");
        ds.setInt(Tags.Rows, VR.US, 8);
        ds.setInt(Tags.Columns, VR.US, 8);
        ds.setInt(Tags.BitsAllocated, VR.US, 16);
        ds.setInt(Tags.BitsStored, VR.US, 12);
        ds.setInt(Tags.HighBit, VR.US, 11);
        ds.setInt(Tags.PixelRepresentation, VR.US, 0);
        ds.setBytes(Tags.PixelData, VR.OW, new byte[8 * 8 * 2]);
        return ds;
    }

    private static void seed(ObjectStore store, InstanceIndex index, Dataset ds) throws IOException {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream(2048);
        new DicomWriter(encoded, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults()).writeDataset(ds);
        byte[] dataSet = encoded.toByteArray();
        Path temp = store.newIncomingFile();
        try (OutputStream out = Files.newOutputStream(temp)) {
            Part10Writer.writeFileHeader(out, null, FileMetaInformation.create(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                    "SEEDER"), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
            out.write(dataSet);
        }
        String sop = ds.getString(Tags.SOPInstanceUID);
        String path = store.commit(temp, ds.getString(Tags.StudyInstanceUID), ds.getString(Tags.SeriesInstanceUID), sop,
                1);
        index.insert(new NewInstance(ds, sop, 1, Uids.CTImageStorage, Uids.ExplicitVRLittleEndian, path,
                Files.size(store.resolve(path)), sha256(dataSet), "SEEDER", InstanceState.ACTIVE));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
