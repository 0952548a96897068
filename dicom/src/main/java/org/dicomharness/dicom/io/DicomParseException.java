package org.dicomharness.dicom.io;

import java.io.IOException;

/**
 * Malformed input: names the byte offset where it was found, the path of the element being read, and the
 * rule of the standard the input breaks. Every reader failure on untrusted bytes ends in this one type.
 */
public class DicomParseException extends IOException {

    private final long offset;
    private final String tagPath;
    private final String rule;

    public DicomParseException(long offset, String tagPath, String rule, String message) {
        this(offset, tagPath, rule, message, null);
    }

    public DicomParseException(long offset, String tagPath, String rule, String message, Throwable cause) {
        super(message + " at byte offset " + offset + (tagPath.isEmpty() ? "" : " in " + tagPath)
                + (rule.isEmpty() ? "" : " (" + rule + ")"), cause);
        this.offset = offset;
        this.tagPath = tagPath;
        this.rule = rule;
    }

    /** Byte offset from the start of the input (the file, or the dataset stream) where the problem lies. */
    public long offset() {
        return offset;
    }

    /** The element path being read, e.g. {@code (0040,A730) ContentSequence / item 2 / (0008,0100) CodeValue}. */
    public String tagPath() {
        return tagPath;
    }

    /** The section of the standard that the input breaks, e.g. {@code PS3.5 7.1.1}. */
    public String rule() {
        return rule;
    }
}
