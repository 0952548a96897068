package org.dicomharness.testdata.phantom;

import java.util.Random;

/**
 * A workstation screen capture in RGB: a windowed CT slice of the head phantom with a yellow region of
 * interest drawn around the lesion, next to SMPTE-style colour bars and a grey ramp, as a report or
 * teaching file would capture it. No text is drawn (font rendering differs between machines).
 */
public final class ScreenCapture {

    /** The colour bars of SMPTE ECR 1-1978, top part: white, yellow, cyan, green, magenta, red, blue (75 %). */
    private static final int[][] BARS = {
        {191, 191, 191}, {191, 191, 0}, {0, 191, 191}, {0, 191, 0}, {191, 0, 191}, {191, 0, 0}, {0, 0, 191}};

    private ScreenCapture() {
    }

    /** Interleaved RGB, {@code rows} x {@code columns}; the CT panel is {@code rows} x {@code rows}. */
    public static byte[] render(int rows, int columns, Random random) {
        byte[] rgb = new byte[rows * columns * 3];
        double[] hu = HeadPhantom.slice(rows, 0.1, Tissue::hounsfield, 3.0, random);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int[] px;
                if (c < rows) {
                    int g = (int) Math.round(Math.max(0, Math.min(255, (hu[r * rows + c] - 0) / 80.0 * 255)));
                    px = new int[] {g, g, g};
                    double dx = (c - rows * 0.5) / rows * 2;
                    double dy = (r - rows * 0.5) / rows * 2 + 0.35;
                    double d = Math.sqrt(dx * dx + dy * dy);
                    if (Math.abs(d - 0.3) < 0.008) {
                        px = new int[] {255, 220, 0};
                    }
                } else {
                    int bar = Math.min(BARS.length - 1, r * BARS.length / (rows * 3 / 4));
                    if (r < rows * 3 / 4) {
                        px = BARS[bar];
                    } else {
                        int g = (c - rows) * 255 / Math.max(1, columns - rows - 1);
                        px = new int[] {g, g, g};
                    }
                }
                int at = (r * columns + c) * 3;
                rgb[at] = (byte) px[0];
                rgb[at + 1] = (byte) px[1];
                rgb[at + 2] = (byte) px[2];
            }
        }
        return rgb;
    }
}
