package org.dicomharness.dicom.net.pdu;

/**
 * Maximum Length Sub-Item (PS3.8 D.1): the largest P-DATA-TF PDU variable field the sender can receive;
 * 0 means no limit.
 *
 * @param maximumLength an unsigned 32-bit value
 */
public record MaximumLength(long maximumLength) implements UserInformationItem {

    public MaximumLength {
        if (maximumLength < 0 || maximumLength > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("maximum length " + maximumLength + " does not fit 32 unsigned bits");
        }
    }

    @Override
    public int itemType() {
        return ItemType.MAXIMUM_LENGTH;
    }

    @Override
    public String toString() {
        return "MaxLength " + (maximumLength == 0 ? "0 (unlimited)" : maximumLength);
    }
}
