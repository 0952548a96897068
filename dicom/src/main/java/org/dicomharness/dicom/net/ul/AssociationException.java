package org.dicomharness.dicom.net.ul;

import java.io.IOException;
import java.util.Optional;

/** An association could not be established or ended abnormally; the message says why and which rule or timer. */
public class AssociationException extends IOException {

    private transient AssociationTrace trace;

    public AssociationException(String message) {
        super(message);
    }

    public AssociationException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The trace of the association that could not be established (the A-ASSOCIATE-RQ sent, the RJ or abort
     * received), when the requestor attached it; evidence for a caller that never got the {@link Association}.
     */
    public Optional<AssociationTrace> trace() {
        return Optional.ofNullable(trace);
    }

    void attachTrace(AssociationTrace t) {
        if (trace == null) {
            trace = t;
        }
    }
}
