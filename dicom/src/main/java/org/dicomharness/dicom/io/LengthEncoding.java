package org.dicomharness.dicom.io;

/** How a writer encodes the length of sequences and items (PS3.5 7.5.1). */
public enum LengthEncoding {
    /** As the data set records it (as read, or undefined for sequences built in memory). */
    PRESERVE,
    /** Undefined length, closed by a delimitation item. */
    UNDEFINED,
    /** Explicit length computed before writing. */
    DEFINED
}
