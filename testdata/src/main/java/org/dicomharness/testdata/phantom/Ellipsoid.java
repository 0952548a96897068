package org.dicomharness.testdata.phantom;

/**
 * An ellipsoid of the phantom in normalised coordinates ([-1, 1] on each axis), rotated by {@code phi}
 * degrees about the z axis, filled with one tissue.
 */
record Ellipsoid(double x0, double y0, double z0, double a, double b, double c, double phiDegrees, Tissue tissue) {

    boolean contains(double x, double y, double z) {
        double phi = Math.toRadians(phiDegrees);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double dx = x - x0;
        double dy = y - y0;
        double dz = z - z0;
        double u = dx * cos + dy * sin;
        double v = -dx * sin + dy * cos;
        return (u * u) / (a * a) + (v * v) / (b * b) + (dz * dz) / (c * c) <= 1.0;
    }
}
