package org.dicomharness.validation.rules;

import org.dicomharness.validation.Severity;
import org.dicomharness.validation.condition.Condition;

/** A check of an attribute's value beyond its Type: enumerations, non-zero values, dicom3tools' extra checks. */
public sealed interface ValueCheck {

    /**
     * Enumerated values (an ERROR when the value is not one of them) or defined terms (a WARNING).
     *
     * @param set        the values
     * @param enumerated true for Enumerated Values, false for Defined Terms
     * @param selector   the 0-based value the set applies to, or -1 for every value
     * @param onlyIf     a condition under which the set applies, or {@code null} for always
     */
    record Enumeration(ValueSet set, boolean enumerated, int selector, Condition onlyIf) implements ValueCheck {
    }

    /** The value shall not be zero. */
    record NotZero(Severity severity) implements ValueCheck {
    }

    /** dicom3tools' "Verify" rule: when the condition holds, the attribute is wrong for the reason given. */
    record Verification(Condition condition, Severity severity, String message) implements ValueCheck {
    }
}
