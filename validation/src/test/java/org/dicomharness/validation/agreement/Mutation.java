package org.dicomharness.validation.agreement;

import java.util.function.Consumer;
import org.dicomharness.dicom.data.Dataset;

/**
 * One deliberate defect: its category (one of the kinds the agreement table must cover), what it does, and the
 * change itself.
 */
record Mutation(String category, String name, String description, Consumer<Dataset> change) {
}
