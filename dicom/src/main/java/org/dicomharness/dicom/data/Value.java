package org.dicomharness.dicom.data;

/**
 * The value field of a data element.
 *
 * <ul>
 *   <li>{@link ByteValue}: the value bytes as encoded, with binary numbers held little endian;</li>
 *   <li>{@link Sequence}: the items of an SQ element (PS3.5 7.5);</li>
 *   <li>{@link Fragments}: encapsulated pixel data, the Basic Offset Table followed by fragments (PS3.5 A.4);</li>
 *   <li>{@link BulkData}: a value left in its source file and read only when written out.</li>
 * </ul>
 */
public sealed interface Value permits ByteValue, Sequence, Fragments, BulkData {

    /** The length of the value field when encoded with defined lengths, or -1 when it depends on the encoding (SQ). */
    long length();

    boolean isEmpty();
}
