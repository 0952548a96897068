package org.dicomharness.validation.condition;

import java.util.List;
import org.dicomharness.dicom.data.Dataset;

/**
 * Terms and groups joined left to right, without precedence, as dicom3tools evaluates them: the first
 * clause gives the starting value, each further clause is combined with its operator (Or when none is given).
 *
 * @param name    the condition's name, or empty for a parenthesised group
 * @param clauses the clauses in order
 */
public record Chain(String name, List<Clause> clauses) implements Condition {

    /** One clause: an operator joining it to what precedes, an optional negation, and the term or group. */
    public record Clause(boolean and, boolean not, Condition condition) {
    }

    public Chain {
        clauses = List.copyOf(clauses);
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("condition " + name + " has no terms");
        }
    }

    @Override
    public boolean test(Dataset item) {
        boolean value = false;
        boolean first = true;
        for (Clause c : clauses) {
            boolean v = c.condition().test(item) != c.not();
            if (first) {
                value = v;
                first = false;
            } else if (c.and()) {
                value = value && v;
            } else {
                value = value || v;
            }
        }
        return value;
    }
}
