package org.dicomharness.dicom.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the peer programs interop tests run (DCMTK, dicom3tools, Orthanc). Outside CI a missing program
 * skips the test with a message naming the Debian package to install; where {@code HARNESS_REQUIRE_PEERS=1}
 * (as {@code .ci/run} sets it) a missing program fails the test instead.
 */
public final class Peers {

    private Peers() {
    }

    /** The path of {@code program}, or a skipped/failed test that names {@code debianPackage}. */
    public static Path require(String program, String debianPackage) {
        Path found = find(program);
        if (found != null) {
            return found;
        }
        String message = program + " is not installed: apt-get install -y " + debianPackage
                + " to run this interop test";
        if (required()) {
            fail(message + " (HARNESS_REQUIRE_PEERS=1: a missing peer is a failure)");
        }
        abort(message);
        return null;
    }

    /** Whether peers are mandatory in this run. */
    public static boolean required() {
        return "1".equals(System.getenv("HARNESS_REQUIRE_PEERS"))
                || Boolean.getBoolean("harness.requirePeers");
    }

    static Path find(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        for (String dir : new String[] {"/usr/sbin", "/usr/local/sbin"}) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
