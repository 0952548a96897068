package org.dicomharness.validation.sr;

/**
 * A coded concept (PS3.3 8.8): code value, coding scheme designator and meaning. Two codes are the same concept
 * when value and scheme agree; the meaning is for people.
 */
public record Code(String value, String scheme, String meaning) {

    public boolean sameConcept(Code other) {
        return other != null && value.equals(other.value) && scheme.equals(other.scheme);
    }

    /** {@code (113701, DCM, "X-Ray Radiation Dose Report")}, as PS3.16 writes codes. */
    @Override
    public String toString() {
        return "(" + value + ", " + scheme + ", \"" + meaning + "\")";
    }
}
