package org.dicomharness.testdata;

import java.util.List;

/**
 * What to generate.
 *
 * @param seed               the seed every UID, date and pixel derives from
 * @param studies            number of studies (one synthetic patient each, drawn from the fixed list)
 * @param kinds              the kinds of object each study holds, one or more series of each
 * @param seriesPerKind      series of each kind per study
 * @param instancesPerSeries instances per series
 */
public record CorpusSpec(long seed, int studies, List<ObjectKind> kinds, int seriesPerKind, int instancesPerSeries) {

    public CorpusSpec {
        kinds = List.copyOf(kinds);
        if (studies < 1 || seriesPerKind < 1 || instancesPerSeries < 1) {
            throw new IllegalArgumentException("studies, series per kind and instances per series must be at least 1"
                    + " (got " + studies + ", " + seriesPerKind + ", " + instancesPerSeries + ")");
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("name at least one modality or object kind; choose from "
                    + ObjectKind.options());
        }
    }

    /** Every kind, one series of {@code instancesPerSeries} each, in one study. */
    public static CorpusSpec everyKind(long seed, int instancesPerSeries) {
        return new CorpusSpec(seed, 1, List.of(ObjectKind.values()), 1, instancesPerSeries);
    }
}
