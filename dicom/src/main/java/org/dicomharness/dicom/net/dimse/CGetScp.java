package org.dicomharness.dicom.net.dimse;

import java.io.IOException;
import org.dicomharness.dicom.data.Dataset;

/** Performs C-GET (PS3.7 9.1.3): perform C-STORE sub-operations on this association ({@link ScpContext#channel()}), report progress with {@link ScpContext#pendingSubOperations}, and return the final status with the counts. */
@FunctionalInterface
public interface CGetScp {

    Outcome get(ScpContext context, CGetRq rq, Dataset identifier) throws IOException;
}
