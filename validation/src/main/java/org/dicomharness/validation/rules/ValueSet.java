package org.dicomharness.validation.rules;

import java.util.Set;

/**
 * A set of enumerated values or defined terms as dicom3tools lists them.
 *
 * @param name   the dicom3tools name of the set
 * @param kind   {@code String}, {@code Binary} or {@code Tag}
 * @param values the values; binary values in decimal or 0x hexadecimal
 */
public record ValueSet(String name, String kind, Set<String> values) {

    public ValueSet {
        values = Set.copyOf(values);
    }

    public boolean containsString(String value) {
        return values.contains(value);
    }

    public boolean containsNumber(long value) {
        for (String v : values) {
            try {
                if (Long.decode(v.strip()) == value) {
                    return true;
                }
            } catch (NumberFormatException e) {
                // a non-numeric entry in a binary set matches nothing
            }
        }
        return false;
    }
}
