package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;

/** A final response with the data set it carried (an N-GET attribute list...), or {@code null}. */
public record DimseResult(DimseResponse response, Dataset dataSet) {

    public int status() {
        return response.status();
    }
}
