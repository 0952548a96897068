package org.dicomharness.dicom.charset;

/**
 * What {@link SpecificCharacterSet#lenient} did with a value of Specific Character Set (0008,0005) that is not
 * a Defined Term where it stands: which term it used instead (empty when it dropped the value) and why.
 *
 * @param valueNumber 1-based value number in (0008,0005)
 * @param declared    the value as found
 * @param used        the Defined Term used in its place; {@code null} when the value was ignored
 * @param reason      the rule the value breaks and what was assumed
 */
public record TermCorrection(int valueNumber, String declared, String used, String reason) {

    @Override
    public String toString() {
        return "(0008,0005) value " + valueNumber + " '" + declared + "' "
                + (used == null ? "ignored" : "read as '" + used + "'") + ": " + reason;
    }
}
