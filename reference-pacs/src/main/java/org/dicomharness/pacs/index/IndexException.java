package org.dicomharness.pacs.index;

/** The index database failed; the caller answers with an out-of-resources status and keeps serving. */
public class IndexException extends RuntimeException {

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    public IndexException(String message) {
        super(message);
    }
}
