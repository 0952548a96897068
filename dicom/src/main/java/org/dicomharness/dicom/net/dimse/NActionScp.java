package org.dicomharness.dicom.net.dimse;

import java.io.IOException;
import org.dicomharness.dicom.data.Dataset;

/** Performs N-ACTION (PS3.7 10.1.4); the Action Information is {@code null} when the request carries none. */
@FunctionalInterface
public interface NActionScp {

    Outcome action(ScpContext context, NActionRq rq, Dataset actionInformation) throws IOException;
}
