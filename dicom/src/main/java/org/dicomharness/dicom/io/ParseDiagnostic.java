package org.dicomharness.dicom.io;

/**
 * Something a reader tolerated but that does not follow the standard (an unknown VR read as UN, a wrong
 * group length): kept so that nothing is silently skipped.
 */
public record ParseDiagnostic(long offset, String tagPath, String rule, String message) {

    @Override
    public String toString() {
        return message + " at byte offset " + offset + (tagPath.isEmpty() ? "" : " in " + tagPath)
                + (rule.isEmpty() ? "" : " (" + rule + ")");
    }
}
