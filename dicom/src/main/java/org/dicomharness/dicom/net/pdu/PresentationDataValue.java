package org.dicomharness.dicom.net.pdu;

/**
 * A Presentation Data Value Item of a P-DATA-TF PDU (PS3.8 9.3.5.1) with its message control header
 * (PS3.8 Annex E.2): bit 0 set for a command fragment (clear for a data set fragment), bit 1 set for the
 * last fragment of the command or data set.
 *
 * <p>The data array is not copied: PDVs are built once per fragment and passed along, and copying every
 * fragment of a 2 GB object would double the work. Callers must not change it after construction.
 */
public record PresentationDataValue(int presentationContextId, int messageControlHeader, byte[] data) {

    public static final int COMMAND = 0x01;
    public static final int LAST = 0x02;

    public static PresentationDataValue of(int contextId, boolean command, boolean last, byte[] data) {
        return new PresentationDataValue(contextId, (command ? COMMAND : 0) | (last ? LAST : 0), data);
    }

    public boolean isCommand() {
        return (messageControlHeader & COMMAND) != 0;
    }

    public boolean isLast() {
        return (messageControlHeader & LAST) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PresentationDataValue other && other.presentationContextId == presentationContextId
                && other.messageControlHeader == messageControlHeader && java.util.Arrays.equals(other.data, data);
    }

    @Override
    public int hashCode() {
        return presentationContextId * 31 + messageControlHeader;
    }

    @Override
    public String toString() {
        return "PDV pc=" + presentationContextId + " " + (isCommand() ? "command" : "data") + (isLast() ? " last" : "")
                + " " + data.length + " bytes";
    }
}
