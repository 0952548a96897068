package org.dicomharness.dicom.net.dimse;

/** No (further) response arrived within the DIMSE response timer; the association was aborted. */
public final class DimseTimeoutException extends DimseException {

    public DimseTimeoutException(String message) {
        super(message);
    }
}
