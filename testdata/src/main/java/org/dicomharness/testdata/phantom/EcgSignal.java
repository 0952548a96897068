package org.dicomharness.testdata.phantom;

import java.util.Random;

/**
 * A synthetic 12-lead ECG in microvolts: a sinus rhythm built from Gaussian P, Q, R, S and T waves on a
 * cardiac dipole that rotates through the beat, projected onto the standard lead vectors, so that the
 * leads keep their physiological relations (III = II - I, aVR = -(I + II)/2, ...). Heart-rate variability,
 * baseline wander and a little noise come from the random stream.
 */
public final class EcgSignal {

    /** The twelve leads in the order of the standard layout. */
    public static final String[] LEADS = {"I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6"};

    /** Wave: centre (fraction of the RR interval), width (s), amplitude (uV) along x, y, z of the dipole. */
    private static final double[][] WAVES = {
        {0.16, 0.025, 110, 90, -20},
        {0.285, 0.010, -60, -80, 140},
        {0.31, 0.012, 1100, 900, -700},
        {0.335, 0.012, -250, -300, -500},
        {0.58, 0.06, 260, 220, -120}};

    /** Lead directions in the frontal (x: left, y: down) and horizontal (z: posterior) planes. */
    private static final double[][] LEAD_VECTORS = {
        {1, 0, 0}, {0.5, 0.866, 0}, {-0.5, 0.866, 0}, {-0.866, -0.5, 0}, {0.866, -0.5, 0}, {0, 1, 0},
        {-0.35, 0.15, -0.92}, {0.05, 0.15, -0.99}, {0.45, 0.2, -0.87}, {0.72, 0.25, -0.65},
        {0.9, 0.25, -0.35}, {0.97, 0.2, -0.1}};

    private EcgSignal() {
    }

    /** {@code samples} samples of each lead at {@code frequency} Hz: [lead][sample], microvolts. */
    public static double[][] render(int samples, double frequency, double heartRate, Random random) {
        double[][] out = new double[LEADS.length][samples];
        double rr = 60.0 / heartRate;
        double beatStart = -random.nextDouble() * rr;
        double wanderPhase = random.nextDouble() * 2 * Math.PI;
        double t = 0;
        for (int s = 0; s < samples; s++) {
            t = s / frequency;
            while (t > beatStart + rr) {
                beatStart += rr;
                rr = 60.0 / heartRate * (1 + 0.03 * random.nextGaussian());
            }
            double[] dipole = new double[3];
            for (int k = -1; k <= 1; k++) {
                double phase = t - (beatStart + k * rr);
                for (double[] w : WAVES) {
                    double dt = phase - w[0] * rr;
                    double g = Math.exp(-dt * dt / (2 * w[1] * w[1]));
                    dipole[0] += w[2] * g;
                    dipole[1] += w[3] * g;
                    dipole[2] += w[4] * g;
                }
            }
            double wander = 40 * Math.sin(2 * Math.PI * 0.25 * t + wanderPhase);
            // Leads I, II and V1-V6 are measured; III, aVR, aVL and aVF are derived from I and II as
            // electrocardiographs do, so Einthoven's and Goldberger's relations hold exactly.
            for (int lead : new int[] {0, 1, 6, 7, 8, 9, 10, 11}) {
                double[] v = LEAD_VECTORS[lead];
                out[lead][s] = dipole[0] * v[0] + dipole[1] * v[1] + dipole[2] * v[2] + wander * (lead < 6 ? 0.5 : 1)
                        + 6 * random.nextGaussian();
            }
            double i = out[0][s];
            double ii = out[1][s];
            out[2][s] = ii - i;
            out[3][s] = -(i + ii) / 2;
            out[4][s] = i - ii / 2;
            out[5][s] = ii - i / 2;
        }
        return out;
    }
}
