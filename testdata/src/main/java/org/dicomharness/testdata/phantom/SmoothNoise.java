package org.dicomharness.testdata.phantom;

import java.util.Random;

/**
 * Value noise: random values on a coarse grid, bilinearly interpolated, giving a smooth texture in [-1, 1]
 * (tissue texture, breast parenchyma) that is fully determined by the random stream it was built from.
 */
final class SmoothNoise {

    private final int cells;
    private final double[] grid;

    SmoothNoise(Random random, int cells) {
        this.cells = cells;
        this.grid = new double[(cells + 1) * (cells + 1)];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = random.nextDouble() * 2 - 1;
        }
    }

    /** Noise at normalised coordinates in [-1, 1]. */
    double at(double x, double y) {
        double gx = Math.max(0, Math.min(cells - 1e-9, (x + 1) / 2 * cells));
        double gy = Math.max(0, Math.min(cells - 1e-9, (y + 1) / 2 * cells));
        int ix = (int) gx;
        int iy = (int) gy;
        double fx = gx - ix;
        double fy = gy - iy;
        double v00 = grid[iy * (cells + 1) + ix];
        double v10 = grid[iy * (cells + 1) + ix + 1];
        double v01 = grid[(iy + 1) * (cells + 1) + ix];
        double v11 = grid[(iy + 1) * (cells + 1) + ix + 1];
        return (v00 * (1 - fx) + v10 * fx) * (1 - fy) + (v01 * (1 - fx) + v11 * fx) * fy;
    }
}
