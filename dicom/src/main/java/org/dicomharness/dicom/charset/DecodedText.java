package org.dicomharness.dicom.charset;

import java.util.List;

/**
 * A decoded value and what went wrong while decoding it. Undecodable bytes appear in {@link #text} as U+FFFD
 * REPLACEMENT CHARACTER, each with an issue, so a value is never shortened silently.
 */
public record DecodedText(String text, List<DecodingIssue> issues) {

    public DecodedText {
        issues = List.copyOf(issues);
    }

    /** Whether every byte decoded to a character of the declared repertoire. */
    public boolean isClean() {
        return issues.isEmpty();
    }
}
