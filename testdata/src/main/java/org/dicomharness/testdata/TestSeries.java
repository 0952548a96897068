package org.dicomharness.testdata;

import java.util.List;
import org.dicomharness.dicom.data.Dataset;

/**
 * One generated series.
 *
 * @param kind              what the series holds
 * @param seriesNumber      Series Number
 * @param seriesInstanceUid Series Instance UID
 * @param instances         its instances, in Instance Number order
 */
public record TestSeries(ObjectKind kind, int seriesNumber, String seriesInstanceUid, List<Dataset> instances) {

    public TestSeries {
        instances = List.copyOf(instances);
    }
}
