package org.dicomharness.testdata.uid;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;

/**
 * Independent, reproducible random streams derived from one seed. Each part of a corpus draws from its own
 * stream (named by a path), so adding a study or a series never changes the bytes of the others.
 * {@link Random} is used because its algorithm is fixed by the Java SE specification: the same seed gives
 * the same numbers on every JVM.
 */
public final class Seeds {

    private Seeds() {
    }

    /** A random stream for the part of the corpus named by {@code path}. */
    public static Random random(long seed, String... path) {
        return new Random(derive(seed, path));
    }

    /** A 64-bit value derived from the seed and a path (SHA-256, first eight bytes). */
    public static long derive(long seed, String... path) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(8).putLong(seed).array());
            for (String p : path) {
                sha.update((byte) '/');
                sha.update(p.getBytes(StandardCharsets.UTF_8));
            }
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java SE implementation", e);
        }
    }
}
