package org.dicomharness.validation.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dicomharness.validation.condition.Condition;

/**
 * One attribute row of a PS3.3 module or macro table, with the rows nested under it when it is a sequence.
 *
 * @param tag                    the attribute
 * @param type                   its Type in this table
 * @param condition              the machine-readable condition of a 1C/2C attribute, or {@code null} when PS3.3
 *                               gives it in prose only
 * @param prose                  PS3.3's wording of the condition (may be empty)
 * @param mayBePresentOtherwise  whether a 1C/2C attribute may be present when its condition does not hold
 * @param vm                     a module-specific value multiplicity stricter than PS3.6's, or {@code null}
 * @param items                  the number of sequence items allowed, or {@code null}
 * @param checks                 value checks (enumerations, non-zero, dicom3tools verifications)
 * @param table                  the table that defined the row (a macro's table when included)
 * @param functionalGroups       whether the items of this sequence hold the IOD's functional group macros
 * @param recursive              whether the items of this sequence repeat the rows of the enclosing sequence with
 *                               the same tag (PS3.3 C.17-6: SR content items nest without limit)
 * @param valueTypes             for the SR content item macros of PS3.3 C.18, the Value Types (0040,A040) of the
 *                               items the row applies to; empty for rows that always apply
 * @param children               the rows nested in this sequence's items
 */
public record AttributeRule(int tag, AttributeType type, Condition condition, String prose,
                            boolean mayBePresentOtherwise, Multiplicity vm, Multiplicity items, List<ValueCheck> checks,
                            TableInfo table, boolean functionalGroups, boolean recursive, Set<String> valueTypes,
                            List<AttributeRule> children) {

    public AttributeRule {
        checks = List.copyOf(checks);
        valueTypes = Set.copyOf(valueTypes);
        children = Collections.unmodifiableList(new ArrayList<>(children));
    }

    public boolean isSequence() {
        return !children.isEmpty() || functionalGroups || recursive || items != null;
    }
}
