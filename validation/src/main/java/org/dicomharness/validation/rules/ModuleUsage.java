package org.dicomharness.validation.rules;

import java.util.List;
import java.util.Set;
import org.dicomharness.validation.condition.Condition;

/**
 * A module as an IOD uses it (a row of a PS3.3 Annex A IOD module table) with the attributes of the module.
 *
 * @param name       e.g. {@code General Study}
 * @param ie         the information entity, e.g. {@code Study}
 * @param table      the module's attribute table
 * @param usage      M, C or U
 * @param condition  the machine-readable module condition (dicom3tools), or {@code null}
 * @param prose      PS3.3's wording of the condition for C modules
 * @param attributes the top-level attribute rows
 * @param ownTags    top-level attributes that no mandatory module of the IOD has: finding one of them shows
 *                   that the module is present
 */
public record ModuleUsage(String name, String ie, TableInfo table, Usage usage, Condition condition, String prose,
                          List<AttributeRule> attributes, Set<Integer> ownTags) {

    public ModuleUsage {
        attributes = List.copyOf(attributes);
        ownTags = Set.copyOf(ownTags);
    }
}
