package org.dicomharness.dicom.net.ul;

import org.dicomharness.dicom.net.pdu.AAssociateRq;

/** The acceptor's user deciding an A-ASSOCIATE indication (Sta3). Usually {@link AcceptorPolicy#negotiate}. */
@FunctionalInterface
public interface Negotiator {

    NegotiationResult negotiate(AAssociateRq request);
}
