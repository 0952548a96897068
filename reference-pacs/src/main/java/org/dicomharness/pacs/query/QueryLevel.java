package org.dicomharness.pacs.query;

import java.util.Locale;

/** Query/Retrieve Level (0008,0052) values of PS3.4 C.6. */
public enum QueryLevel {
    PATIENT,
    STUDY,
    SERIES,
    IMAGE;

    /**
     * The level named by a Query/Retrieve Level value.
     *
     * @throws QueryException with status A900 when the value is not one of PS3.4 C.6's levels
     */
    public static QueryLevel of(String value) {
        if (value == null || value.isBlank()) {
            throw new QueryException(0xA900, "Query/Retrieve Level (0008,0052) is missing (PS3.4 C.4.1.1.3.1)");
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryException(0xA900, "Query/Retrieve Level '" + value
                    + "' is not PATIENT, STUDY, SERIES or IMAGE (PS3.4 C.6)");
        }
    }

    public boolean isAbove(QueryLevel other) {
        return ordinal() < other.ordinal();
    }
}
