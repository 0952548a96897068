package org.dicomharness.validation.rules;

import org.dicomharness.validation.Rule;

/**
 * A PS3.3 table: its id, the section it belongs to and its caption, for citations.
 *
 * @param table   e.g. {@code C.7-3}
 * @param section e.g. {@code C.7.2.1}
 * @param caption e.g. {@code General Study Module Attributes}
 */
public record TableInfo(String table, String section, String caption) {

    public Rule rule() {
        if (table.startsWith("d3:")) {
            return new Rule("dicom3tools", table.substring(3), caption);
        }
        String title = (section.isEmpty() ? "" : section + " ") + caption;
        return new Rule("PS3.3", "Table " + table, title.strip());
    }
}
