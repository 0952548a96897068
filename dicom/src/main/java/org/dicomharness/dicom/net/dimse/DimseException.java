package org.dicomharness.dicom.net.dimse;

import java.io.IOException;

/** A DIMSE message that breaks PS3.7 (a missing command element, a data set on the wrong context...). */
public class DimseException extends IOException {

    public DimseException(String message) {
        super(message);
    }

    public DimseException(String message, Throwable cause) {
        super(message, cause);
    }
}
