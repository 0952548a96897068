package org.dicomharness.testdata.uid;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Derives every UID of a generated corpus from its seed: {@code 2.25.} followed by the decimal value of a
 * name-based UUID (PS3.5 B.2, "UUID derived UID"), the name being the seed and the path of the object the
 * UID identifies. The same seed and path give the same UID on every machine; different paths give
 * different UIDs with the collision odds of a 122-bit hash.
 */
public final class UidFactory {

    /** The root of UUID-derived UIDs (PS3.5 B.2). */
    public static final String ROOT = "2.25";

    private static final String NAMESPACE = "org.dicomharness.testdata";

    private final long seed;

    public UidFactory(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /**
     * The UID of the object named by {@code path} (e.g. {@code "study", "2", "series", "1"}). At most 44
     * characters: well within the 64 of VR UI.
     */
    public String uid(String... path) {
        String name = NAMESPACE + "/" + seed + "/" + String.join("/", path);
        UUID uuid = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        byte[] bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
        // PS3.5 B.2: the UUID as one unsigned 128-bit integer, in decimal without leading zeros.
        return ROOT + "." + new BigInteger(1, bytes);
    }
}
