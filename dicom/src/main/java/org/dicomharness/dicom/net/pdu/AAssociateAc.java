package org.dicomharness.dicom.net.pdu;

import java.util.List;

/**
 * A-ASSOCIATE-AC PDU (PS3.8 9.3.3). The called and calling AE title fields are reserved fields that echo the
 * request (not tested when received).
 */
public record AAssociateAc(int protocolVersion, String calledAeTitle, String callingAeTitle, String applicationContext,
                           List<PresentationContextAc> presentationContexts, UserInformation userInformation)
        implements Pdu {

    public AAssociateAc {
        presentationContexts = List.copyOf(presentationContexts);
    }

    @Override
    public PduType type() {
        return PduType.A_ASSOCIATE_AC;
    }

    /** The answer for the context with this ID, or {@code null}. */
    public PresentationContextAc presentationContext(int id) {
        for (PresentationContextAc pc : presentationContexts) {
            if (pc.id() == id) {
                return pc;
            }
        }
        return null;
    }

    @Override
    public String summary() {
        long accepted = presentationContexts.stream().filter(PresentationContextAc::isAccepted).count();
        return "called=" + calledAeTitle + " calling=" + callingAeTitle + " " + accepted + "/"
                + presentationContexts.size() + " presentation context(s) accepted " + userInformation;
    }
}
