package org.dicomharness.dicom.net.dimse;

import java.io.IOException;

/** Performs N-DELETE (PS3.7 10.1.6). */
@FunctionalInterface
public interface NDeleteScp {

    Outcome delete(ScpContext context, NDeleteRq rq) throws IOException;
}
