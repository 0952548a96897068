package org.dicomharness.dicom.net.ul;

import org.dicomharness.dicom.net.pdu.AAssociateRj;

/** The acceptor answered with an A-ASSOCIATE-RJ (PS3.8 9.3.4); the PDU carries result, source and reason. */
public final class AssociationRejectedException extends AssociationException {

    private final AAssociateRj reject;

    public AssociationRejectedException(AAssociateRj reject, String peer) {
        super(peer + " rejected the association: " + reject.summary());
        this.reject = reject;
    }

    public AAssociateRj reject() {
        return reject;
    }
}
