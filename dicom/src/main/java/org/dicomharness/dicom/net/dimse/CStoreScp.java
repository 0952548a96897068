package org.dicomharness.dicom.net.dimse;

import java.io.IOException;
import java.io.InputStream;

/** Performs C-STORE (PS3.7 9.1.1). The data set arrives as a stream in the presentation context's transfer syntax, so that it can be written straight to a file; read it to the end before answering. */
@FunctionalInterface
public interface CStoreScp {

    Outcome store(ScpContext context, CStoreRq rq, InputStream dataSet) throws IOException;
}
