package org.dicomharness.dicom.net.pdu;

/**
 * Asynchronous Operations Window Sub-Item (PS3.7 D.3.3.3). 0 means unlimited; 1 is the default of an
 * association that does not negotiate the window (synchronous operations).
 *
 * @param maxOperationsInvoked   outstanding operations the requestor may invoke
 * @param maxOperationsPerformed outstanding operations the requestor may be asked to perform
 */
public record AsynchronousOperationsWindow(int maxOperationsInvoked, int maxOperationsPerformed)
        implements UserInformationItem {

    public AsynchronousOperationsWindow {
        if (maxOperationsInvoked < 0 || maxOperationsInvoked > 0xFFFF || maxOperationsPerformed < 0
                || maxOperationsPerformed > 0xFFFF) {
            throw new IllegalArgumentException("asynchronous operations window values are 16-bit unsigned: "
                    + maxOperationsInvoked + ", " + maxOperationsPerformed);
        }
    }

    @Override
    public int itemType() {
        return ItemType.ASYNCHRONOUS_OPERATIONS_WINDOW;
    }

    @Override
    public String toString() {
        return "AsyncOpsWindow invoked=" + maxOperationsInvoked + " performed=" + maxOperationsPerformed;
    }
}
