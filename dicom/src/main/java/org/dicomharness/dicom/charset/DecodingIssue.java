package org.dicomharness.dicom.charset;

/**
 * Bytes of a value that did not decode cleanly in the declared repertoire: they were decoded as U+FFFD, or an
 * escape sequence switched to a set Specific Character Set does not declare.
 *
 * @param offset  the byte offset in the value where the problem starts
 * @param message what was found and which rule it breaks
 */
public record DecodingIssue(int offset, String message) {

    @Override
    public String toString() {
        return "byte " + offset + ": " + message;
    }
}
