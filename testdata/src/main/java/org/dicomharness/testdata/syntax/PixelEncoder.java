package org.dicomharness.testdata.syntax;

import java.io.IOException;
import java.util.Optional;
import org.dicomharness.dicom.data.Dataset;

/** Re-encodes the Pixel Data of a data set for one transfer syntax. */
public interface PixelEncoder {

    /** Why {@code dataset} cannot be encoded this way (e.g. "16 bits allocated; JPEG Baseline holds 8"), or empty. */
    Optional<String> refusal(Dataset dataset);

    /** A copy of {@code dataset} with its Pixel Data encoded and the attributes that describe it updated. */
    Dataset encode(Dataset dataset) throws IOException;
}
