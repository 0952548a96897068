package org.dicomharness.dicom.net.pdu;

import java.util.List;

/**
 * A Presentation Context Item of an A-ASSOCIATE-RQ (PS3.8 9.3.2.2): the context ID, one abstract syntax and
 * the transfer syntaxes proposed for it, in order of preference.
 *
 * @param id               presentation context ID; PS3.8 requires an odd integer 1-255, other values are kept
 *                         so that faulty proposals can be built and recorded
 * @param abstractSyntax   the abstract syntax name (a SOP Class UID, or a Meta SOP Class UID)
 * @param transferSyntaxes the proposed transfer syntax UIDs
 */
public record PresentationContextRq(int id, String abstractSyntax, List<String> transferSyntaxes) {

    public PresentationContextRq {
        transferSyntaxes = List.copyOf(transferSyntaxes);
    }

    public PresentationContextRq(int id, String abstractSyntax, String... transferSyntaxes) {
        this(id, abstractSyntax, List.of(transferSyntaxes));
    }

    @Override
    public String toString() {
        return "PC " + id + " " + Uid.describe(abstractSyntax) + " " + transferSyntaxes.stream().map(Uid::describe).toList();
    }
}
