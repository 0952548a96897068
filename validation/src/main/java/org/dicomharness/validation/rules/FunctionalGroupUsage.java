package org.dicomharness.validation.rules;

import java.util.List;
import org.dicomharness.validation.condition.Condition;

/**
 * A functional group macro as a multi-frame IOD uses it (PS3.3 A.x.y "Functional Group Macros" tables).
 *
 * @param name              e.g. {@code Pixel Measures}
 * @param table             the macro's attribute table
 * @param usage             M, C or U
 * @param sharedCondition   when dicom3tools expects the macro in the Shared Functional Groups item, or {@code null}
 * @param perFrameCondition when it expects it in each Per-Frame Functional Groups item, or {@code null}
 * @param prose             PS3.3's condition wording (often not preserved by the source tables)
 * @param attributes        the macro's rows; the first is its functional group sequence
 */
public record FunctionalGroupUsage(String name, TableInfo table, Usage usage, Condition sharedCondition,
                                   Condition perFrameCondition, String prose, List<AttributeRule> attributes) {

    public FunctionalGroupUsage {
        attributes = List.copyOf(attributes);
    }

    /** The functional group sequence the macro consists of, e.g. Pixel Measures Sequence (0028,9110). */
    public int sequenceTag() {
        return attributes.isEmpty() ? 0 : attributes.get(0).tag();
    }
}
