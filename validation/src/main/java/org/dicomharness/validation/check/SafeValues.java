package org.dicomharness.validation.check;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;

/**
 * Reads values the checks depend on without letting a malformed value abort the validation: a value that cannot be
 * read counts as absent here, and the element checks report it as the format error it is.
 */
final class SafeValues {

    private SafeValues() {
    }

    static int intOr(Dataset d, int tag, int fallback) {
        try {
            return d.getInt(tag, fallback);
        } catch (DicomDataException e) {
            return fallback;
        }
    }

    static String stringOr(Dataset d, int tag, String fallback) {
        try {
            return d.getString(tag, fallback);
        } catch (DicomDataException e) {
            return fallback;
        }
    }
}
