package org.dicomharness.pacs.hl7;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;

/**
 * Why a message gets a negative acknowledgement: MSA-1 (AE or AR, HL7 v2.5 Table 0008), the HL7 error code of
 * ERR-3 (Table 0357) and the text of ERR-8 (and MSA-3).
 */
final class Hl7Rejection extends Exception {

    private final AcknowledgmentCode ackCode;
    private final ErrorCode errorCode;

    Hl7Rejection(AcknowledgmentCode ackCode, ErrorCode errorCode, String message) {
        super(message);
        this.ackCode = ackCode;
        this.errorCode = errorCode;
    }

    AcknowledgmentCode ackCode() {
        return ackCode;
    }

    ErrorCode errorCode() {
        return errorCode;
    }
}
