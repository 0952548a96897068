package org.dicomharness.dicom.net.dimse;

import java.time.Duration;

/**
 * How a {@link DimseChannel} behaves, including the faults it injects on purpose for negative tests.
 *
 * @param maxInMemoryDataSet bound on data sets received into memory (identifiers, N-service attribute
 *                           lists); C-STORE data sets are streamed and not bound by it
 * @param responseDelay      fault injection: wait this long before sending each response as SCP
 * @param dropLastFragment   fault injection: never send the last PDV of data sets
 */
public record DimseOptions(long maxInMemoryDataSet, Duration responseDelay, boolean dropLastFragment) {

    public static DimseOptions defaults() {
        return new DimseOptions(64L << 20, Duration.ZERO, false);
    }

    public DimseOptions withResponseDelay(Duration d) {
        return new DimseOptions(maxInMemoryDataSet, d, dropLastFragment);
    }

    public DimseOptions withDropLastFragment(boolean drop) {
        return new DimseOptions(maxInMemoryDataSet, responseDelay, drop);
    }
}
