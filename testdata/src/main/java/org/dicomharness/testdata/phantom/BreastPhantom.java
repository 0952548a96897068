package org.dicomharness.testdata.phantom;

import java.util.Random;

/**
 * A cranio-caudal mammogram of a left breast as projected attenuation in [0, 1]: the chest wall at the
 * left edge, a half-ellipse of fatty tissue with fibroglandular texture densest near the chest wall, the
 * skin line, one spiculated mass and a cluster of microcalcifications.
 */
public final class BreastPhantom {

    private BreastPhantom() {
    }

    public static double[] render(int rows, int columns, Random random) {
        double[] out = new double[rows * columns];
        SmoothNoise coarse = new SmoothNoise(random, 10);
        SmoothNoise fine = new SmoothNoise(random, 48);
        double massX = 0.35 + 0.1 * random.nextDouble();
        double massY = -0.2 + 0.4 * random.nextDouble();
        double[][] calcifications = new double[9][2];
        for (double[] c : calcifications) {
            c[0] = 0.55 + 0.06 * random.nextGaussian();
            c[1] = 0.25 + 0.05 * random.nextGaussian();
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                // x: 0 at the chest wall, 1 at the right edge; y: -1 top, 1 bottom.
                double x = (c + 0.5) / columns;
                double y = (r + 0.5) / rows * 2 - 1;
                double edge = (x / 0.82) * (x / 0.82) + (y / 0.86) * (y / 0.86);
                double a;
                if (edge > 1) {
                    a = 0.02;
                } else {
                    double gland = Math.max(0, 1 - x / 0.7) * (0.5 + 0.5 * coarse.at(x * 2 - 1, y));
                    a = 0.30 + 0.28 * gland + 0.04 * fine.at(x * 2 - 1, y);
                    if (edge > 0.965) {
                        a += 0.08;
                    }
                    double dx = x - massX;
                    double dy = y - massY;
                    double angle = Math.atan2(dy, dx);
                    double radius = 0.06 * (1 + 0.35 * Math.pow(Math.abs(Math.sin(angle * 7)), 8));
                    if (Math.hypot(dx, dy * 0.6) < radius) {
                        a += 0.22;
                    }
                    for (double[] calc : calcifications) {
                        if (Math.hypot(x - calc[0], (y - calc[1]) * 0.75) < 0.0045) {
                            a += 0.35;
                        }
                    }
                }
                out[r * columns + c] = Math.min(1, a);
            }
        }
        return out;
    }
}
