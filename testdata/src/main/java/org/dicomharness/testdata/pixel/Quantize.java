package org.dicomharness.testdata.pixel;

/** Turns rendered (real-valued) images into stored pixel values. */
public final class Quantize {

    private Quantize() {
    }

    /** Rounds {@code value / slope - intercept / slope} and clamps it to [{@code min}, {@code max}]. */
    public static short[] toShorts(double[] values, double intercept, double slope, int min, int max) {
        short[] out = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            long v = Math.round((values[i] - intercept) / slope);
            out[i] = (short) Math.max(min, Math.min(max, v));
        }
        return out;
    }

    /** Rounds and clamps to 0..255. */
    public static byte[] toBytes(double[] values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            long v = Math.round(values[i]);
            out[i] = (byte) Math.max(0, Math.min(255, v));
        }
        return out;
    }
}
