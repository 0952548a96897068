package org.dicomharness.dicom.data;

/** A value cannot be read or written as asked: wrong VR, not a number, absent where required. */
public class DicomDataException extends RuntimeException {

    public DicomDataException(String message) {
        super(message);
    }

    public DicomDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
