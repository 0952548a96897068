package org.dicomharness.validation;

/**
 * The rule of the standard a finding is about: which document, which table or section, and its title, e.g.
 * {@code PS3.3 Table C.7-3 (C.7.2.1 General Study Module Attributes)} or {@code PS3.16 TID 10011 row 3}.
 *
 * @param document  {@code PS3.3}, {@code PS3.5}, {@code PS3.6}, {@code PS3.16}, or {@code dicom3tools} for the extra
 *                  checks dicom3tools makes that PS3.3 writes in prose only
 * @param reference the table, section or template row, e.g. {@code Table C.7-3}, {@code 6.2}, {@code TID 10011 row 3}
 * @param title     what the reference is called, e.g. {@code C.7.2.1 General Study Module Attributes}; may be empty
 */
public record Rule(String document, String reference, String title) {

    public Rule {
        if (document == null || document.isBlank() || reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("a rule needs a document and a reference, got '" + document + "', '"
                    + reference + "'");
        }
        title = title == null ? "" : title;
    }

    /** {@code PS3.3 Table C.7-3}: what waivers match against. */
    public String id() {
        return document + " " + reference;
    }

    @Override
    public String toString() {
        return title.isEmpty() ? id() : id() + " (" + title + ")";
    }
}
