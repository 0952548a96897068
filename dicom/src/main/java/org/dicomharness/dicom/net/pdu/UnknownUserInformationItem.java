package org.dicomharness.dicom.net.pdu;

import java.util.Arrays;

/** A User Information sub-item of a type PS3.7 does not define here; skipped as PS3.8 9.3.1 requires, kept as evidence. */
public record UnknownUserInformationItem(int itemType, byte[] value) implements UserInformationItem {

    public UnknownUserInformationItem {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownUserInformationItem other && other.itemType == itemType
                && Arrays.equals(other.value, value);
    }

    @Override
    public int hashCode() {
        return itemType * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return String.format("unknown sub-item %02XH (%d bytes, skipped)", itemType, value.length);
    }
}
