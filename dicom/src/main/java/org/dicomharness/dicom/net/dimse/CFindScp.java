package org.dicomharness.dicom.net.dimse;

import java.io.IOException;
import org.dicomharness.dicom.data.Dataset;

/** Performs C-FIND (PS3.7 9.1.2): send each match with {@link ScpContext#pending(Dataset)}, check {@link ScpContext#isCancelled()}, and return the final status. */
@FunctionalInterface
public interface CFindScp {

    Outcome find(ScpContext context, CFindRq rq, Dataset identifier) throws IOException;
}
