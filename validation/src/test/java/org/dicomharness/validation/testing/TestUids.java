package org.dicomharness.validation.testing;

import java.util.concurrent.atomic.AtomicLong;

/** Deterministic UIDs for test objects under a UUID-derived root (PS3.5 B.2). */
final class TestUids {

    private static final String ROOT = "2.25.1234567890123456789";

    private TestUids() {
    }

    static String next(AtomicLong counter) {
        return ROOT + "." + counter.incrementAndGet();
    }
}
