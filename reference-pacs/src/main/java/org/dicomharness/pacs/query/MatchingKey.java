package org.dicomharness.pacs.query;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** How one key attribute of a C-FIND identifier matches (PS3.4 C.2.2.2). */
public sealed interface MatchingKey {

    /** C.2.2.2.3: a zero-length key matches everything; it only asks for the value to be returned. */
    record Universal() implements MatchingKey {
    }

    /** C.2.2.2.1: the entity has this value (PN compared without regard to case, as our conformance states). */
    record SingleValue(String value, boolean ignoreCase) implements MatchingKey {
    }

    /** C.2.2.2.2: the entity's UID is one of the list. */
    record UidList(Set<String> uids) implements MatchingKey {
    }

    /** C.2.2.2.4: '*' any sequence, '?' any single character; {@code pattern} is the compiled form. */
    record Wildcard(String value, Pattern pattern) implements MatchingKey {
    }

    /**
     * C.2.2.2.5: inclusive range of DA, TM or DT values; {@code null} bound is open. Bounds are normalised
     * (TM and DT padded) so that they compare as strings.
     */
    record Range(String low, String high) implements MatchingKey {
    }

    /** C.2.2.2.6: at least one item of the entity's sequence matches every item key. */
    record SequenceMatch(List<KeyCondition> itemKeys) implements MatchingKey {
    }
}
