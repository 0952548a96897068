package org.dicomharness.testdata.phantom;

import java.util.Random;

/**
 * Radiotracer distributions for the nuclear medicine generators, in relative activity concentration.
 * Planar renal scintigraphy (two kidneys with cortical uptake, faint liver and spleen) and axial FDG PET
 * slices through the torso (body background, liver, heart wall, bladder, and hot lesions).
 */
public final class ActivityPhantom {

    private ActivityPhantom() {
    }

    /**
     * A planar renal image with Poisson counts; {@code posterior} mirrors left and right and brightens the
     * kidneys, which lie closer to the posterior detector.
     */
    public static int[] renal(int size, boolean posterior, double totalCounts, Random random) {
        double[] activity = new double[size * size];
        double sum = 0;
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                double x = (c + 0.5) / size * 2 - 1;
                double y = (r + 0.5) / size * 2 - 1;
                double xp = posterior ? -x : x;
                double a = 0;
                if (ChestPhantom.inEllipse(x, y, 0, 0.05, 0.62, 0.95)) {
                    a = 0.05;
                }
                if (ChestPhantom.inEllipse(xp, y, -0.35, -0.45, 0.35, 0.2)) {
                    a += 0.12;
                }
                double depth = posterior ? 1.0 : 0.55;
                for (int side = -1; side <= 1; side += 2) {
                    double kx = side * 0.3;
                    double cortex = ellipseDistance(xp, y, kx, 0.05, 0.13, 0.24, side * 12);
                    if (cortex <= 1) {
                        a += depth * (cortex > 0.55 ? 1.0 : 0.45);
                    }
                }
                activity[r * size + c] = a;
                sum += a;
            }
        }
        int[] counts = new int[size * size];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = poisson(activity[i] / sum * totalCounts, random);
        }
        return counts;
    }

    /** An axial FDG slice in SUV at normalised height {@code z} in [-1, 1] (head end at -1). */
    public static double[] fdgSlice(int size, double z, Random random) {
        double[] suv = new double[size * size];
        double lesionZ = 0.1;
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                double x = (c + 0.5) / size * 2 - 1;
                double y = (r + 0.5) / size * 2 - 1;
                double v = 0;
                if (ChestPhantom.inEllipse(x, y, 0, 0, 0.8, 0.55)) {
                    v = 0.9;
                    if (z < 0.2 && (ChestPhantom.inEllipse(x, y, -0.35, -0.05, 0.27, 0.33)
                            || ChestPhantom.inEllipse(x, y, 0.35, -0.05, 0.27, 0.33))) {
                        v = 0.45;
                    }
                    if (z < 0 && z > -0.6) {
                        double heart = ellipseDistance(x, y, 0.1, -0.15, 0.2, 0.18, 30);
                        if (heart <= 1 && heart > 0.45) {
                            v = 5.5;
                        } else if (heart <= 0.45) {
                            v = 1.6;
                        }
                    }
                    if (z > 0 && z < 0.6 && ChestPhantom.inEllipse(x, y, -0.35, -0.05, 0.3, 0.32)) {
                        v = 2.4;
                    }
                    if (z > 0.75 && ChestPhantom.inEllipse(x, y, 0, 0.1, 0.18, 0.14)) {
                        v = 18;
                    }
                    if (Math.abs(x) < 0.07 && y > 0.3 && y < 0.45) {
                        v = 1.4;
                    }
                    double lesion = Math.sqrt((x - 0.4) * (x - 0.4) + (y + 0.1) * (y + 0.1)
                            + (z - lesionZ) * (z - lesionZ) * 0.25);
                    if (lesion < 0.06) {
                        v = 9;
                    }
                }
                suv[r * size + c] = Math.max(0, v * (1 + 0.08 * random.nextGaussian()));
            }
        }
        return suv;
    }

    /** Normalised ellipse distance (1 on the edge) of a point from an ellipse rotated by {@code degrees}. */
    private static double ellipseDistance(double x, double y, double x0, double y0, double a, double b,
                                          double degrees) {
        double phi = Math.toRadians(degrees);
        double u = (x - x0) * Math.cos(phi) + (y - y0) * Math.sin(phi);
        double v = -(x - x0) * Math.sin(phi) + (y - y0) * Math.cos(phi);
        return Math.sqrt((u / a) * (u / a) + (v / b) * (v / b));
    }

    /** A Poisson sample: Knuth's method for small means, a rounded normal approximation above 50. */
    static int poisson(double mean, Random random) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 50) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
