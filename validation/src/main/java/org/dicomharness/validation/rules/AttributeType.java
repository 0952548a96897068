package org.dicomharness.validation.rules;

/** The Type of an attribute in a module table (PS3.5 7.4, PS3.3 5.4). */
public enum AttributeType {
    /** Present with a value. */
    TYPE_1("1"),
    /** Present with a value when the condition holds. */
    TYPE_1C("1C"),
    /** Present, the value may be empty. */
    TYPE_2("2"),
    /** Present, possibly empty, when the condition holds. */
    TYPE_2C("2C"),
    /** Optional. */
    TYPE_3("3");

    private final String text;

    AttributeType(String text) {
        this.text = text;
    }

    public static AttributeType of(String text) {
        for (AttributeType t : values()) {
            if (t.text.equals(text.strip())) {
                return t;
            }
        }
        return TYPE_3;
    }

    public boolean isConditional() {
        return this == TYPE_1C || this == TYPE_2C;
    }

    /** Type 1 and 1C require a value, not only the element. */
    public boolean needsValue() {
        return this == TYPE_1 || this == TYPE_1C;
    }

    @Override
    public String toString() {
        return text;
    }
}
