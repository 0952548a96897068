package org.dicomharness.testdata.syntax;

import java.util.Optional;
import org.dicomharness.dicom.data.Dataset;

/** Native syntaxes: the writer changes the byte order or deflates; the pixels stay as they are. */
final class NativeEncoder implements PixelEncoder {

    @Override
    public Optional<String> refusal(Dataset dataset) {
        return Optional.empty();
    }

    @Override
    public Dataset encode(Dataset dataset) {
        return dataset;
    }
}
