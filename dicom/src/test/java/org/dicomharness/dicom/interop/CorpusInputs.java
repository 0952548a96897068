package org.dicomharness.dicom.interop;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The binary inputs of the DCMTK corpus, drawn here instead of committed: raw pixel data that the dump texts
 * load with dump2dcm's {@code =file} syntax, and a JPEG and a BMP picture for img2dcm. Every pixel comes from
 * a fixed formula, so the corpus is the same on every run.
 */
final class CorpusInputs {

    static final int WIDTH = 64;
    static final int HEIGHT = 48;
    static final int FRAME_SIDE = 32;
    static final int FRAMES = 4;

    private CorpusInputs() {
    }

    static void writeAll(Path dir) throws IOException {
        Files.write(dir.resolve("ct16.raw"), signed16());
        Files.write(dir.resolve("ct12.raw"), unsigned12());
        Files.write(dir.resolve("mf8.raw"), frames8());
        Files.write(dir.resolve("rgb8.raw"), rgb8());
        BufferedImage picture = picture();
        write(picture, "jpeg", dir.resolve("photo.jpg"));
        write(picture, "bmp", dir.resolve("photo.bmp"));
    }

    /** 16-bit two's complement, little endian, -1200..800: smooth waves a lossless codec can work on. */
    static byte[] signed16() {
        ByteBuffer buf = ByteBuffer.allocate(WIDTH * HEIGHT * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double v = 1000 * StrictMath.sin(x / 7.0) * StrictMath.cos(y / 5.0) - 200;
                buf.putShort((short) Math.max(-1200, Math.min(800, Math.round(v))));
            }
        }
        return buf.array();
    }

    /** 12 bits stored in 16, 0..4095. */
    static byte[] unsigned12() {
        ByteBuffer buf = ByteBuffer.allocate(WIDTH * HEIGHT * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                buf.putShort((short) ((x * 64 + y * 11) % 4096));
            }
        }
        return buf.array();
    }

    /** Four 32x32 8-bit frames, each a shifted ramp. */
    static byte[] frames8() {
        byte[] out = new byte[FRAMES * FRAME_SIDE * FRAME_SIDE];
        int i = 0;
        for (int f = 0; f < FRAMES; f++) {
            for (int y = 0; y < FRAME_SIDE; y++) {
                for (int x = 0; x < FRAME_SIDE; x++) {
                    out[i++] = (byte) (x + 2 * y + 40 * f);
                }
            }
        }
        return out;
    }

    /** RGB, colour-by-pixel (Planar Configuration 0). */
    static byte[] rgb8() {
        byte[] out = new byte[WIDTH * HEIGHT * 3];
        int i = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                out[i++] = (byte) (x * 4);
                out[i++] = (byte) (y * 5);
                out[i++] = (byte) ((x + y) * 3);
            }
        }
        return out;
    }

    private static BufferedImage picture() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int r = (x * 4) & 0xFF;
                int g = (y * 5) & 0xFF;
                int b = ((x ^ y) * 8) & 0xFF;
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }

    private static void write(BufferedImage image, String format, Path file) throws IOException {
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("javax.imageio has no writer for " + format + " in this JDK");
        }
    }
}
