package org.dicomharness.testdata.phantom;

import java.util.Random;

/**
 * A posteroanterior chest radiograph as a projection image: body outline, two lungs, heart shadow,
 * spine and mediastinum, clavicles and ribs, with smooth texture. Values are relative attenuation in
 * [0, 1]: bone is high, lung low, so that MONOCHROME2 shows bone white as a film would.
 */
public final class ChestPhantom {

    private ChestPhantom() {
    }

    /** A {@code rows} x {@code columns} image of attenuation in [0, 1]. */
    public static double[] render(int rows, int columns, Random random) {
        double[] out = new double[rows * columns];
        SmoothNoise texture = new SmoothNoise(random, 24);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double x = (c + 0.5) / columns * 2 - 1;
                double y = (r + 0.5) / rows * 2 - 1;
                out[r * columns + c] = attenuation(x, y) + 0.03 * texture.at(x, y);
            }
        }
        return out;
    }

    private static double attenuation(double x, double y) {
        double a = 0.05;
        if (inEllipse(x, y, 0, 0.08, 0.86, 0.98)) {
            a = 0.42;
            boolean rightLung = inEllipse(x, y, -0.36, -0.02, 0.27, 0.62);
            boolean leftLung = inEllipse(x, y, 0.36, -0.02, 0.27, 0.62);
            if (rightLung || leftLung) {
                a -= 0.28;
                // Ribs: posterior arcs across each lung, sagging laterally.
                for (int k = 0; k < 9; k++) {
                    double ribY = -0.58 + k * 0.125 + 0.22 * x * x;
                    if (Math.abs(y - ribY) < 0.022) {
                        a += 0.14;
                    }
                }
            }
            if (inEllipse(x, y, 0.12, 0.22, 0.30, 0.30)) {
                a = Math.max(a, 0.46);
            }
            if (Math.abs(x) < 0.075) {
                a = 0.62 + 0.05 * Math.cos(y * 40);
            }
            if (inRotatedEllipse(x, y, -0.3, -0.66, 0.3, 0.028, 12) || inRotatedEllipse(x, y, 0.3, -0.66, 0.3, 0.028, -12)) {
                a += 0.2;
            }
        }
        return Math.max(0, Math.min(1, a));
    }

    static boolean inEllipse(double x, double y, double x0, double y0, double a, double b) {
        double dx = (x - x0) / a;
        double dy = (y - y0) / b;
        return dx * dx + dy * dy <= 1;
    }

    static boolean inRotatedEllipse(double x, double y, double x0, double y0, double a, double b, double degrees) {
        double phi = Math.toRadians(degrees);
        double u = (x - x0) * Math.cos(phi) + (y - y0) * Math.sin(phi);
        double v = -(x - x0) * Math.sin(phi) + (y - y0) * Math.cos(phi);
        return (u / a) * (u / a) + (v / b) * (v / b) <= 1;
    }
}
