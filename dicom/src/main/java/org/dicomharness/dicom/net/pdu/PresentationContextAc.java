package org.dicomharness.dicom.net.pdu;

/**
 * A Presentation Context Item of an A-ASSOCIATE-AC (PS3.8 9.3.3.2): the answer to one proposed context.
 *
 * @param id             the ID of the proposed context this answers
 * @param result         Result/Reason code of Table 9-18 (see {@link PresentationContextResult})
 * @param transferSyntax the accepted transfer syntax; not significant unless {@code result} is 0
 */
public record PresentationContextAc(int id, int result, String transferSyntax) {

    public PresentationContextAc(int id, PresentationContextResult result, String transferSyntax) {
        this(id, result.code(), transferSyntax);
    }

    public boolean isAccepted() {
        return result == PresentationContextResult.ACCEPTANCE.code();
    }

    @Override
    public String toString() {
        return "PC " + id + " " + PresentationContextResult.describe(result)
                + (isAccepted() ? " " + Uid.describe(transferSyntax) : "");
    }
}
