package org.dicomharness.dicom.io;

import java.nio.file.Path;

/**
 * How a reader treats large values and non-conformant input.
 *
 * @param bulkData          what to do with Pixel Data and values above {@code bulkDataThreshold}
 * @param bulkDataThreshold values at least this long become references under {@link BulkDataPolicy#REFERENCE}
 * @param maxInflatedBytes  bound on the size a deflated dataset may inflate to (a guard against deflate bombs)
 * @param lenient           record odd value lengths as diagnostics instead of failing (PS3.5 7.1.1)
 * @param source            the file being read, required to create bulk data references
 */
public record ReadOptions(BulkDataPolicy bulkData, long bulkDataThreshold, long maxInflatedBytes, boolean lenient,
                          Path source) {

    public static final long DEFAULT_MAX_INFLATED_BYTES = 4L << 30;

    public static ReadOptions defaults() {
        return new ReadOptions(BulkDataPolicy.LOAD, Long.MAX_VALUE, DEFAULT_MAX_INFLATED_BYTES, false, null);
    }

    public ReadOptions withBulkData(BulkDataPolicy policy) {
        return new ReadOptions(policy, bulkDataThreshold, maxInflatedBytes, lenient, source);
    }

    public ReadOptions withBulkDataThreshold(long threshold) {
        return new ReadOptions(bulkData, threshold, maxInflatedBytes, lenient, source);
    }

    public ReadOptions withMaxInflatedBytes(long bytes) {
        return new ReadOptions(bulkData, bulkDataThreshold, bytes, lenient, source);
    }

    public ReadOptions withLenient(boolean value) {
        return new ReadOptions(bulkData, bulkDataThreshold, maxInflatedBytes, value, source);
    }

    public ReadOptions withSource(Path file) {
        return new ReadOptions(bulkData, bulkDataThreshold, maxInflatedBytes, lenient, file);
    }
}
