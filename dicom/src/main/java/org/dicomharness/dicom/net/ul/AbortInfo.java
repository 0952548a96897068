package org.dicomharness.dicom.net.ul;

import org.dicomharness.dicom.net.pdu.AAbort;

/**
 * How an association was aborted: an A-ABORT indication (the peer's A-ABORT PDU, AA-3), an A-P-ABORT
 * indication (the provider found a protocol error, or the transport closed: AA-3, AA-4, AA-8), or the local
 * user's own A-ABORT request (AA-1).
 *
 * @param kind    which of the three
 * @param pdu     the A-ABORT PDU received or sent, {@code null} when none was exchanged (a closed connection)
 * @param message what happened, naming the timer, rule or peer action
 */
public record AbortInfo(Kind kind, AAbort pdu, String message) {

    public enum Kind {
        /** A-ABORT indication: the peer's service-user aborted. */
        PEER_ABORT,
        /** A-P-ABORT indication: a service-provider aborted (either side), or the transport closed unexpectedly. */
        PROVIDER_ABORT,
        /** This side's user (the application, or one of its timers) aborted. */
        LOCAL_ABORT
    }

    @Override
    public String toString() {
        return kind + (pdu != null ? " [" + pdu.summary() + "]" : "") + ": " + message;
    }
}
