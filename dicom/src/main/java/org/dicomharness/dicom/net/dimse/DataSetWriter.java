package org.dicomharness.dicom.net.dimse;

import java.io.IOException;
import java.io.OutputStream;
import org.dicomharness.dicom.TransferSyntax;

/** Writes a data set, encoded in the presentation context's transfer syntax, to a stream of PDVs. */
@FunctionalInterface
public interface DataSetWriter {

    void write(OutputStream out, TransferSyntax transferSyntax) throws IOException;
}
