package org.dicomharness.pacs.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dicomharness.dicom.data.Dataset;

/**
 * A change the archive makes to an object on ingest (vendor normalization, reconciliation with a patient merge).
 * When one applies, the archive stores the coerced copy, with the replaced values in the Original Attributes
 * Sequence, and answers C-STORE with warning B000 (Coercion of Data Elements, PS3.4 B.2.3).
 */
@FunctionalInterface
public interface IngestCoercion {

    /** No coercion: objects are stored exactly as received. */
    IngestCoercion NONE = (dataset, callingAe) -> Optional.empty();

    /** The coerced data set and a summary of what changed (for the Error Comment and the event log). */
    record Result(Dataset dataset, String summary) {
    }

    /** The coerced copy of {@code dataset}, or empty when nothing applies; never changes {@code dataset}. */
    Optional<Result> apply(Dataset dataset, String callingAe);

    /** Applies {@code coercions} in turn, each to the result of the previous one. */
    static IngestCoercion chain(List<IngestCoercion> coercions) {
        List<IngestCoercion> list = List.copyOf(coercions);
        return (dataset, callingAe) -> {
            Dataset current = dataset;
            List<String> summaries = new ArrayList<>();
            for (IngestCoercion c : list) {
                Optional<Result> r = c.apply(current, callingAe);
                if (r.isPresent()) {
                    current = r.get().dataset();
                    summaries.add(r.get().summary());
                }
            }
            return summaries.isEmpty() ? Optional.empty() : Optional.of(new Result(current, String.join("; ", summaries)));
        };
    }
}
