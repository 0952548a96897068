package org.dicomharness.testdata.phantom;

import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;

/**
 * A three-dimensional head phantom after Shepp and Logan (IEEE Trans. Nucl. Sci. 1974) in the ellipsoid
 * form of Kak and Slaney, with each ellipsoid assigned a tissue instead of an additive density, so that CT
 * slices come out in plausible Hounsfield units (scalp, skull, grey and white matter, ventricles, small
 * lesions) and MR slices in plausible T1 contrast. Later ellipsoids paint over earlier ones.
 */
public final class HeadPhantom {

    private static final List<Ellipsoid> ELLIPSOIDS = List.of(
            new Ellipsoid(0, 0, 0, 0.72, 0.95, 0.84, 0, Tissue.SCALP),
            new Ellipsoid(0, 0, 0, 0.69, 0.92, 0.81, 0, Tissue.BONE),
            new Ellipsoid(0, -0.0184, 0, 0.6624, 0.874, 0.78, 0, Tissue.GREY_MATTER),
            new Ellipsoid(0, -0.0184, 0, 0.56, 0.76, 0.66, 0, Tissue.WHITE_MATTER),
            new Ellipsoid(0.22, 0, 0, 0.11, 0.31, 0.22, -18, Tissue.CSF),
            new Ellipsoid(-0.22, 0, 0, 0.16, 0.41, 0.28, 18, Tissue.CSF),
            new Ellipsoid(0, 0.35, -0.15, 0.21, 0.25, 0.41, 0, Tissue.LESION),
            new Ellipsoid(0, 0.1, 0.25, 0.046, 0.046, 0.05, 0, Tissue.VESSEL),
            new Ellipsoid(0, -0.1, 0.25, 0.046, 0.046, 0.05, 0, Tissue.VESSEL),
            new Ellipsoid(-0.08, -0.605, 0, 0.046, 0.023, 0.05, 0, Tissue.CALCIFICATION),
            new Ellipsoid(0, -0.606, 0, 0.023, 0.023, 0.02, 0, Tissue.CALCIFICATION),
            new Ellipsoid(0.06, -0.605, 0, 0.023, 0.046, 0.02, 0, Tissue.CALCIFICATION));

    private HeadPhantom() {
    }

    /** The tissue at a point (normalised coordinates; y grows towards the patient's posterior). */
    public static Tissue tissueAt(double x, double y, double z) {
        Tissue t = Tissue.AIR;
        // Image rows grow downwards (posterior in an axial image); the phantom's y axis points anterior.
        for (Ellipsoid e : ELLIPSOIDS) {
            if (e.contains(x, -y, z)) {
                t = e.tissue();
            }
        }
        return t;
    }

    /**
     * One axial slice, {@code size} x {@code size}, at normalised height {@code z} in [-1, 1], sampled 2x2
     * per pixel (so edges are smooth), with Gaussian noise of {@code noiseSigma} added.
     *
     * @param value maps a tissue to the pixel value (e.g. {@link Tissue#hounsfield()})
     */
    public static double[] slice(int size, double z, ToIntFunction<Tissue> value, double noiseSigma, Random random) {
        double[] out = new double[size * size];
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                double sum = 0;
                for (int sy = 0; sy < 2; sy++) {
                    for (int sx = 0; sx < 2; sx++) {
                        double x = ((col + 0.25 + 0.5 * sx) / size) * 2 - 1;
                        double y = ((row + 0.25 + 0.5 * sy) / size) * 2 - 1;
                        sum += value.applyAsInt(tissueAt(x, y, z));
                    }
                }
                out[row * size + col] = sum / 4 + noiseSigma * random.nextGaussian();
            }
        }
        return out;
    }
}
