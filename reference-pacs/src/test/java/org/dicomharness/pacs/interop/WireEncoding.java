package org.dicomharness.pacs.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.LengthEncoding;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;

/**
 * storescu does not send a file's data set bytes as they are: DCMTK parses the file and encodes the data set again
 * for the wire, with explicit lengths for sequences and items (PS3.5 7.5.1 allows both). A file written with
 * undefined lengths would therefore arrive with other (equally valid) bytes, and a bit-for-bit comparison would
 * measure DCMTK, not the PACS. Files a test sends with storescu are rewritten here the way DCMTK encodes them, so
 * that the file's data set is exactly what goes on the wire.
 */
final class WireEncoding {

    private WireEncoding() {
    }

    static void rewriteAsStorescuSends(Path file) throws IOException {
        DicomFile parsed = Part10Reader.read(file);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Part10Writer.write(tmp, parsed, WriteOptions.defaults().withLengths(LengthEncoding.DEFINED));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
