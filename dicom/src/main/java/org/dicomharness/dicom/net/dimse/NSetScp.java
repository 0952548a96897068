package org.dicomharness.dicom.net.dimse;

import java.io.IOException;
import org.dicomharness.dicom.data.Dataset;

/** Performs N-SET (PS3.7 10.1.3). */
@FunctionalInterface
public interface NSetScp {

    Outcome set(ScpContext context, NSetRq rq, Dataset modificationList) throws IOException;
}
