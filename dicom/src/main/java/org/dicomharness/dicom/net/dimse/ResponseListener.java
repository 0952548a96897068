package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;

/** Receives each response to a request (pending ones, then the final one) on the association's reader thread. */
@FunctionalInterface
public interface ResponseListener {

    /** @param dataSet the response's data set (a C-FIND match, an N-GET attribute list), or {@code null} */
    void onResponse(DimseResponse response, Dataset dataSet);
}
