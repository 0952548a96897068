package org.dicomharness.dicom.net.dimse;

import java.io.IOException;
import org.dicomharness.dicom.data.Dataset;

/** Performs C-MOVE (PS3.7 9.1.4): perform C-STORE sub-operations on an association to the Move Destination, report progress with {@link ScpContext#pendingSubOperations}, and return the final status with the counts. */
@FunctionalInterface
public interface CMoveScp {

    Outcome move(ScpContext context, CMoveRq rq, Dataset identifier) throws IOException;
}
