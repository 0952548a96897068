package org.dicomharness.dicom.net.dimse;

/**
 * The sub-operation counts of C-GET and C-MOVE responses (PS3.7 9.3.3.2, 9.3.4.2): Number of Remaining,
 * Completed, Failed and Warning Sub-operations; {@code null} where the response omits one.
 */
public record SubOperations(Integer remaining, Integer completed, Integer failed, Integer warning) {

    public static final SubOperations NONE = new SubOperations(null, null, null, null);

    public static SubOperations of(int remaining, int completed, int failed, int warning) {
        return new SubOperations(remaining, completed, failed, warning);
    }

    @Override
    public String toString() {
        return "remaining=" + remaining + " completed=" + completed + " failed=" + failed + " warning=" + warning;
    }
}
