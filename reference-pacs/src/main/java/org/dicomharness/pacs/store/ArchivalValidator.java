package org.dicomharness.pacs.store;

import java.util.List;
import org.dicomharness.dicom.data.Dataset;

/**
 * Validation before archival: the hook the IOD validation engine fills. Returns the findings that count as
 * errors under the configured policy (empty when the object is acceptable).
 */
@FunctionalInterface
public interface ArchivalValidator {

    /** A validator that finds nothing: the {@code accept} policy, or no validation engine present. */
    ArchivalValidator NONE = (dataset, callingAe) -> List.of();

    List<String> errors(Dataset dataset, String callingAe);
}
