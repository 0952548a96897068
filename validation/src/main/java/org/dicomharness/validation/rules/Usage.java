package org.dicomharness.validation.rules;

/** Module (and functional group macro) usage in an IOD, PS3.3 A.1.3. */
public enum Usage {
    /** Mandatory. */
    M,
    /** Conditional: required when its condition holds, may be present otherwise. */
    C,
    /** User option. */
    U;

    public static Usage of(String text) {
        return switch (text.strip()) {
            case "M" -> M;
            case "C" -> C;
            default -> U;
        };
    }
}
