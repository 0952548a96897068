package org.dicomharness.validation.condition;

import org.dicomharness.dicom.data.Dataset;

/**
 * A machine-readable condition of a Type 1C/2C attribute or of a C/U module, as dicom3tools writes it
 * (its condn.tpl language): a left-to-right chain of terms and parenthesised groups joined by And/Or.
 * Conditions are tested on the data set (or sequence item) that holds the conditional attribute; terms can
 * look at the root data set, the enclosing items, or a path from the root.
 */
public sealed interface Condition permits Term, Chain, Constant {

    /** Whether the condition holds for {@code item} (the data set or sequence item holding the attribute). */
    boolean test(Dataset item);

    /** The name dicom3tools gives the condition, e.g. {@code InstitutionCodeSequenceNotPresent}. */
    default String name() {
        return "";
    }
}
