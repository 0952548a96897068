package org.dicomharness.testdata.generator;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** Attributes shared by the projection radiography generators (CR, DX, MG). */
final class ProjectionImages {

    private ProjectionImages() {
    }

    /** Typical technique factors of a chest or mammography exposure (all Type 3 in CR, DX and MG). */
    static void technique(Dataset ds, double kvp, int exposureTimeMs, int tubeCurrentMa, double distanceMm) {
        ds.setDouble(Tags.KVP, VR.DS, kvp);
        ds.setInt(Tags.ExposureTime, VR.IS, exposureTimeMs);
        ds.setInt(Tags.XRayTubeCurrent, VR.IS, tubeCurrentMa);
        ds.setInt(Tags.Exposure, VR.IS, Math.max(1, exposureTimeMs * tubeCurrentMa / 1000));
        ds.setDouble(Tags.DistanceSourceToDetector, VR.DS, distanceMm);
    }

    /** Attenuation in [0, 1] to stored values in [lo, hi], optionally inverted (MONOCHROME1). */
    static double[] scale(double[] attenuation, double lo, double hi, boolean invert) {
        double[] out = new double[attenuation.length];
        for (int i = 0; i < out.length; i++) {
            double a = invert ? 1 - attenuation[i] : attenuation[i];
            out[i] = lo + a * (hi - lo);
        }
        return out;
    }
}
