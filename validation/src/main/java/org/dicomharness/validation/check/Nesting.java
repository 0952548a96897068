package org.dicomharness.validation.check;

import org.dicomharness.validation.AttributePath;

/**
 * The path to the item being checked, kept as a cheap linked list during the walk and turned into an
 * {@link AttributePath} only when a finding needs it.
 */
record Nesting(Nesting parent, int tag, int item) {

    static final Nesting ROOT = new Nesting(null, 0, 0);

    Nesting into(int sequenceTag, int itemNumber) {
        return new Nesting(this, sequenceTag, itemNumber);
    }

    AttributePath path() {
        if (parent == null) {
            return AttributePath.root();
        }
        return parent.path().child(tag).item(item);
    }

    AttributePath path(int attributeTag) {
        return path().child(attributeTag);
    }
}
