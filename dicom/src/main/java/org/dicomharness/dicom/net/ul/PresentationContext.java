package org.dicomharness.dicom.net.ul;

import java.util.List;
import org.dicomharness.dicom.net.pdu.PresentationContextResult;
import org.dicomharness.dicom.net.pdu.Uid;

/**
 * A negotiated presentation context: what was proposed (PS3.8 9.3.2.2) and what the acceptor answered
 * (PS3.8 9.3.3.2).
 *
 * @param id                       presentation context ID
 * @param abstractSyntax           the proposed abstract syntax
 * @param proposedTransferSyntaxes the proposed transfer syntaxes
 * @param result                   the Result/Reason code of Table 9-18
 * @param transferSyntax           the accepted transfer syntax, {@code null} unless accepted
 */
public record PresentationContext(int id, String abstractSyntax, List<String> proposedTransferSyntaxes, int result,
                                  String transferSyntax) {

    public PresentationContext {
        proposedTransferSyntaxes = List.copyOf(proposedTransferSyntaxes);
    }

    public boolean isAccepted() {
        return result == PresentationContextResult.ACCEPTANCE.code();
    }

    @Override
    public String toString() {
        return "PC " + id + " " + Uid.describe(abstractSyntax) + ": " + PresentationContextResult.describe(result)
                + (isAccepted() ? ", " + Uid.describe(transferSyntax) : "");
    }
}
