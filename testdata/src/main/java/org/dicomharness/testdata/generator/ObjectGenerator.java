package org.dicomharness.testdata.generator;

import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.testdata.context.SeriesContext;

/** Generates the instances of one series of one kind of object. Implementations hold no state. */
public interface ObjectGenerator {

    /**
     * The instances of {@code series}, numbered 1..{@code instances}, each a complete composite instance
     * of its IOD with native (uncompressed) pixel data where it has any.
     */
    List<Dataset> generate(SeriesContext series, int instances);
}
