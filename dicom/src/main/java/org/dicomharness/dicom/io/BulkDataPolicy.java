package org.dicomharness.dicom.io;

/** What a reader does with Pixel Data and other large values. */
public enum BulkDataPolicy {
    /** Read every value into memory. */
    LOAD,
    /** Leave large values in the file and keep a {@link org.dicomharness.dicom.data.BulkData} reference. */
    REFERENCE,
    /** Stop before Pixel Data (and anything after it at the top level). */
    STOP_BEFORE_PIXEL_DATA
}
