package org.dicomharness.dicom.net.ul;

import java.io.IOException;

/** An association could not be established or ended abnormally; the message says why and which rule or timer. */
public class AssociationException extends IOException {

    public AssociationException(String message) {
        super(message);
    }

    public AssociationException(String message, Throwable cause) {
        super(message, cause);
    }
}
