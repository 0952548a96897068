package org.dicomharness.dicom.net.dimse;

import java.io.IOException;

/** Performs N-GET (PS3.7 10.1.2): return the Attribute List as the outcome's data set. */
@FunctionalInterface
public interface NGetScp {

    Outcome get(ScpContext context, NGetRq rq) throws IOException;
}
