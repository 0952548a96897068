package org.dicomharness.simulators.ris;

/**
 * The receiver's acknowledgement of one HL7 message (HL7 v2.5 2.9.2, original mode), or why there is none.
 *
 * @param ackCode          MSA-1: AA accepted, AE error, AR rejected (or CA/CE/CR in enhanced mode); {@code null}
 *                         when no acknowledgement arrived
 * @param messageControlId MSA-2, the MSH-10 of the message acknowledged
 * @param textMessage      MSA-3, or empty
 * @param errorCode        ERR-3.1 (HL7 Table 0357), else ERR-1.4.1 (v2.3.1 ELD), or empty
 * @param errorMessage     ERR-8 (user message), or empty
 * @param sent             the message sent, ER7 with segments separated by CR
 * @param received         the acknowledgement, ER7, or empty
 * @param failure          why no acknowledgement arrived (connection refused, timeout), or {@code null}
 */
public record Hl7Ack(String ackCode, String messageControlId, String textMessage, String errorCode,
                     String errorMessage, String sent, String received, String failure) {

    /** AA (or CA): the receiver applied the message. */
    public boolean accepted() {
        return "AA".equals(ackCode) || "CA".equals(ackCode);
    }

    public String summary() {
        if (ackCode == null) {
            return "no acknowledgement: " + failure;
        }
        return "MSA " + ackCode + " for " + messageControlId + (textMessage.isEmpty() ? "" : " '" + textMessage + "'")
                + (errorCode.isEmpty() ? "" : ", ERR " + errorCode + (errorMessage.isEmpty() ? "" : " " + errorMessage));
    }
}
