package org.dicomharness.simulators.modality;

import java.util.List;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.syntax.OutputSyntax;

/**
 * What the simulated modality acquires for each procedure: the kinds of object (testdata generators), how many
 * series and instances, the transfer syntax the files are written in, and the seed their UIDs and pixels derive
 * from (a different seed per run gives new SOP Instance UIDs, as a real acquisition would).
 *
 * @param kinds              object kinds, one or more series of each
 * @param seriesPerKind      series of each kind
 * @param instancesPerSeries instances per series
 * @param syntax             the syntax the files are written in (compressed ones keep a native alternative for fallback)
 * @param seed               seed of UIDs and pixel data
 */
public record AcquisitionSpec(List<ObjectKind> kinds, int seriesPerKind, int instancesPerSeries, OutputSyntax syntax,
                              long seed) {

    public AcquisitionSpec {
        kinds = List.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("name at least one kind of object to acquire: " + ObjectKind.options());
        }
        if (seriesPerKind < 1 || instancesPerSeries < 1) {
            throw new IllegalArgumentException("series per kind and instances per series must be at least 1 (got "
                    + seriesPerKind + ", " + instancesPerSeries + ")");
        }
        if (syntax == null) {
            syntax = OutputSyntax.EXPLICIT;
        }
    }

    /** One series of {@code instances} objects of {@code kind} in Explicit VR Little Endian, with a fresh seed. */
    public static AcquisitionSpec of(ObjectKind kind, int instances) {
        return new AcquisitionSpec(List.of(kind), 1, instances, OutputSyntax.EXPLICIT, System.nanoTime());
    }

    public AcquisitionSpec withSyntax(OutputSyntax s) {
        return new AcquisitionSpec(kinds, seriesPerKind, instancesPerSeries, s, seed);
    }

    public AcquisitionSpec withSeed(long s) {
        return new AcquisitionSpec(kinds, seriesPerKind, instancesPerSeries, syntax, s);
    }

    /** The Modality (0008,0060) the procedure is performed with: the first kind's. */
    public String modality() {
        return kinds.get(0).modality();
    }
}
