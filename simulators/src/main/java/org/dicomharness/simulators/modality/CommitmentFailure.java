package org.dicomharness.simulators.modality;

/**
 * An instance the SCP did not commit to: an item of the Failed SOP Sequence (0008,1198) with its Failure Reason
 * (0008,1197), PS3.4 Table J.3-2 and J.3.3.1.1 (codes from PS3.7 Annex C).
 */
public record CommitmentFailure(SopReference reference, int reason) {

    /** The meaning PS3.4 J.3.3.1.1 gives the Failure Reason. */
    public String reasonName() {
        return switch (reason) {
            case 0x0110 -> "Processing failure";
            case 0x0112 -> "No such object instance";
            case 0x0213 -> "Resource limitation";
            case 0x0122 -> "Referenced SOP Class not supported";
            case 0x0119 -> "Class / Instance conflict";
            case 0x0131 -> "Duplicate transaction UID";
            default -> "not a Failure Reason of PS3.4 J.3.3.1.1";
        };
    }

    @Override
    public String toString() {
        return reference.sopInstanceUid() + String.format(": %04X ", reason) + reasonName();
    }
}
