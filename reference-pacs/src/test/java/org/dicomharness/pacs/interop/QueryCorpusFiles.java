package org.dicomharness.pacs.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.io.LengthEncoding;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.pacs.query.QueryCorpus;

/** The QueryCorpus objects as Part 10 files, and loading them into a PACS with DCMTK storescu. */
final class QueryCorpusFiles {

    private QueryCorpusFiles() {
    }

    /** Writes every corpus object to {@code dir} (Explicit VR Little Endian, as storescu sends it); by SOP Instance UID. */
    static Map<String, Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Path> out = new LinkedHashMap<>();
        for (Dataset ds : QueryCorpus.objects()) {
            String uid = ds.getString(Tags.SOPInstanceUID);
            Path file = dir.resolve(uid + ".dcm");
            Part10Writer.write(file, null, FileMetaInformation.create(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                    "LOADER"), ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                    WriteOptions.defaults().withLengths(LengthEncoding.DEFINED));
            out.put(uid, file);
        }
        return out;
    }

    /** Sends the files of {@code dir} to {@code aeTitle} at 127.0.0.1:{@code port} over one association. */
    static void storeWithStorescu(Path storescu, Path dir, String aeTitle, int port) {
        ProcessRunner.run(dir, List.of(storescu.toString(), "+sd", "-aet", "LOADER", "-aec", aeTitle, "127.0.0.1",
                Integer.toString(port), dir.toString()), Map.of(), 120).check();
    }
}
