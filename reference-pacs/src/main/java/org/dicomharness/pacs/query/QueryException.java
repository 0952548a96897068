package org.dicomharness.pacs.query;

/** A C-FIND, C-MOVE or C-GET request the SCP refuses, with the PS3.4 C.4 status it answers. */
public class QueryException extends RuntimeException {

    private final int status;

    public QueryException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The DIMSE status, e.g. A900 (identifier does not match SOP class) or C000 (unable to process). */
    public int status() {
        return status;
    }
}
