package org.dicomharness.validation.condition;

/** Where a term looks for its element, relative to the item that holds the conditional attribute. */
public enum Scope {
    /** The item (or data set) itself. */
    CURRENT,
    /** The top-level data set. */
    ROOT,
    /** Any enclosing data set: the parent item, its parent, up to the root. */
    ABOVE,
    /** The items of a sequence of the current item. */
    WITHIN,
    /** Any item of a sequence of the root data set (e.g. the Shared Functional Groups item). */
    PATH_FROM_ROOT,
    /** The first item of a sequence of the root data set (e.g. the first Per-Frame Functional Groups item). */
    PATH_FROM_ROOT_FIRST_ITEM
}
