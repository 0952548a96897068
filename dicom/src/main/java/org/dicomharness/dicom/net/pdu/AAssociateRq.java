package org.dicomharness.dicom.net.pdu;

import java.util.List;

/**
 * A-ASSOCIATE-RQ PDU (PS3.8 9.3.2).
 *
 * @param protocolVersion      bit field; bit 0 set means version 1, the only version of the protocol
 * @param calledAeTitle        Called-AE-title without its non-significant leading and trailing spaces
 * @param callingAeTitle       Calling-AE-title likewise
 * @param applicationContext   Application Context Name (the DICOM Application Context Name 1.2.840.10008.3.1.1.1)
 * @param presentationContexts proposed presentation contexts, in PDU order
 * @param userInformation      the User Information Item
 */
public record AAssociateRq(int protocolVersion, String calledAeTitle, String callingAeTitle, String applicationContext,
                           List<PresentationContextRq> presentationContexts, UserInformation userInformation)
        implements Pdu {

    /** PS3.7 A.2.1: the DICOM Application Context Name. */
    public static final String DICOM_APPLICATION_CONTEXT = "1.2.840.10008.3.1.1.1";

    public AAssociateRq {
        presentationContexts = List.copyOf(presentationContexts);
    }

    @Override
    public PduType type() {
        return PduType.A_ASSOCIATE_RQ;
    }

    /** The proposed context with this ID, or {@code null}. */
    public PresentationContextRq presentationContext(int id) {
        for (PresentationContextRq pc : presentationContexts) {
            if (pc.id() == id) {
                return pc;
            }
        }
        return null;
    }

    @Override
    public String summary() {
        return "called=" + calledAeTitle + " calling=" + callingAeTitle + " version=" + protocolVersion + " "
                + presentationContexts.size() + " presentation context(s) " + userInformation;
    }
}
