package org.dicomharness.validation.condition;

import org.dicomharness.dicom.data.Dataset;

/** dicom3tools' built-in conditions {@code Always} and {@code Never}: a 1C attribute that is always / never required. */
public record Constant(String name, boolean value) implements Condition {

    public static final Constant ALWAYS = new Constant("Always", true);
    public static final Constant NEVER = new Constant("Never", false);

    @Override
    public boolean test(Dataset item) {
        return value;
    }
}
