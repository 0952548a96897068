package org.dicomharness.dicom.net.ul;

import org.dicomharness.dicom.net.pdu.AAssociateAc;
import org.dicomharness.dicom.net.pdu.AAssociateRj;

/** What the acceptor's user answers to an A-ASSOCIATE indication: an AC (Evt7) or an RJ (Evt8), with the reason. */
public sealed interface NegotiationResult {

    String reason();

    record Accept(AAssociateAc ac, String reason) implements NegotiationResult {
    }

    record Reject(AAssociateRj rj, String reason) implements NegotiationResult {
    }
}
