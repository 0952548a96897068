package org.dicomharness.validation.condition;

/** What a term tests about the element it finds. */
public enum Test {
    /** The element is present (with or without a value). */
    PRESENT,
    /** The element is present with a value. */
    VALUE_PRESENT,
    /** A string value equals the operand. */
    STRING_VALUE,
    /** A numeric value compares with the operand ({@code == 1}, {@code > 0}...). */
    NUMERIC_VALUE,
    /** An AT value names the operand tag. */
    TAG_VALUE,
    /** The sequence has at least one item. */
    HAS_ITEMS,
    /** The sequence has exactly one item. */
    HAS_ONE_ITEM,
    /** The sequence has exactly two items. */
    HAS_TWO_ITEMS,
    /** The sequence has more than one item. */
    HAS_MULTIPLE_ITEMS,
    /** Any element of the element's group is present. */
    GROUP_PRESENT
}
