package org.dicomharness.dicom.net.dimse;

import java.io.IOException;
import org.dicomharness.dicom.data.Dataset;

/** Performs N-CREATE (PS3.7 10.1.5); return the assigned SOP Instance UID when the request had none. */
@FunctionalInterface
public interface NCreateScp {

    Outcome create(ScpContext context, NCreateRq rq, Dataset attributeList) throws IOException;
}
