package org.dicomharness.testdata;

import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.testdata.context.StudyContext;

/**
 * One generated study: its shared context (patient, identifiers, dates) and its series.
 *
 * @param context the patient and study attributes every instance carries
 * @param series  the series in Series Number order
 */
public record TestStudy(StudyContext context, List<TestSeries> series) {

    public TestStudy {
        series = List.copyOf(series);
    }

    public String studyInstanceUid() {
        return context.studyInstanceUid();
    }

    /** Every instance of every series, in order. */
    public List<Dataset> instances() {
        return series.stream().flatMap(s -> s.instances().stream()).toList();
    }
}
