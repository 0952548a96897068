package org.dicomharness.dicom.net.ul;

import org.dicomharness.dicom.net.pdu.AbortReason;

/**
 * A violation found above the PDU decoder (a PDV for a presentation context that was not accepted): event
 * Evt19, answered with an A-ABORT of this reason.
 */
record ProtocolViolation(AbortReason reason, String message) {
}
