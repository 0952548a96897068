package org.dicomharness.dicom.io;

import java.util.List;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;

/**
 * A DICOM file (PS3.10 7): preamble, File Meta Information (group 0002) and the data set.
 *
 * @param preamble       the 128-byte preamble, or {@code null} when the input had none
 * @param fileMeta       the File Meta Information elements
 * @param dataset        the data set
 * @param transferSyntax the syntax the data set is encoded in
 * @param datasetOffset  byte offset of the first data set byte in the file
 * @param diagnostics    what the reader tolerated
 */
public record DicomFile(byte[] preamble, Dataset fileMeta, Dataset dataset, TransferSyntax transferSyntax,
                        long datasetOffset, List<ParseDiagnostic> diagnostics) {

    public DicomFile {
        diagnostics = List.copyOf(diagnostics);
    }
}
