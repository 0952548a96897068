package org.dicomharness.testdata.phantom;

import java.util.Random;

/**
 * A B-mode sector scan of the upper abdomen: a 70-degree fan from a curved probe at the top, liver-like
 * speckle (Rayleigh-distributed, blurred laterally as real beams are), an anechoic cyst with posterior
 * acoustic enhancement, a pulsating vessel, a bright diaphragm and depth attenuation. Grey levels 0..255.
 */
public final class UltrasoundPhantom {

    private static final double HALF_ANGLE = Math.toRadians(35);

    private UltrasoundPhantom() {
    }

    /**
     * Frame {@code phase} in [0, 1) of a cardiac cycle; the speckle pattern comes from {@code speckle} so
     * that consecutive frames of a clip can share it.
     */
    public static byte[] render(int rows, int columns, double phase, long speckleSeed) {
        Random speckle = new Random(speckleSeed);
        double[] echo = new double[rows * columns];
        double apexX = columns / 2.0;
        double apexY = -rows * 0.08;
        double vesselRadius = 0.045 * (1 + 0.25 * Math.sin(2 * Math.PI * phase));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double dx = c - apexX;
                double dy = r - apexY;
                double depth = Math.hypot(dx, dy) / (rows * 1.08);
                double theta = Math.atan2(dx, dy);
                double rayleigh = Math.sqrt(-2 * Math.log(1 - speckle.nextDouble()));
                if (Math.abs(theta) > HALF_ANGLE || depth < 0.08 || depth > 1) {
                    echo[r * columns + c] = 0;
                    continue;
                }
                double x = theta / HALF_ANGLE;
                double tissue = 0.45;
                double diaphragm = 0.82 + 0.08 * x * x;
                if (Math.abs(depth - diaphragm) < 0.012) {
                    tissue = 1.6;
                } else if (depth > diaphragm) {
                    tissue = 0.18;
                }
                boolean inCyst = Math.hypot(x + 0.3, (depth - 0.45) * 3) < 0.3;
                boolean belowCyst = Math.abs(x + 0.3) < 0.27 && depth > 0.45 && depth < diaphragm;
                if (inCyst) {
                    tissue = 0.02;
                } else if (belowCyst) {
                    tissue *= 1.45;
                }
                if (Math.hypot(x - 0.35, (depth - 0.3) * 3) < vesselRadius * 3) {
                    tissue = 0.03;
                }
                double gain = Math.exp(-0.9 * depth) * 1.6;
                echo[r * columns + c] = tissue * rayleigh * gain;
            }
        }
        byte[] out = new byte[rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                // Lateral blur: the beam is wider than a pixel.
                double sum = 0;
                int n = 0;
                for (int k = -1; k <= 1; k++) {
                    int cc = c + k;
                    if (cc >= 0 && cc < columns) {
                        sum += echo[r * columns + cc];
                        n++;
                    }
                }
                double v = sum / n;
                // Log compression to 8 bits, as scanners display.
                int g = v <= 0 ? 0 : (int) Math.round(255 * Math.max(0, Math.min(1, 0.55 + 0.5 * Math.log10(v))));
                out[r * columns + c] = (byte) (echo[r * columns + c] == 0 && v == 0 ? 0 : g);
            }
        }
        return out;
    }
}
