package org.dicomharness.dicom.net.ul;

import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.pdu.PDataTf;

/**
 * The upper layer's side of an association: the indication and confirmation primitives of PS3.8 7 as they
 * are issued by the actions of Table 9-10. Called on the association's reader thread, outside the state
 * machine's lock, in the order the PDUs arrived; an implementation that needs time hands the work to
 * another thread so that the reader keeps reading.
 */
public interface AssociationListener {

    /**
     * A-ASSOCIATE indication (AE-6, acceptor in Sta3): answer with {@link Association#acceptAssociation} or
     * {@link Association#rejectAssociation}, on any thread.
     */
    default void onAssociateRequest(Association association, AAssociateRq request) {
    }

    /** P-DATA indication (DT-2, AR-6). */
    default void onPData(Association association, PDataTf pdu) {
    }

    /**
     * A-RELEASE indication (AR-2, Sta8; AR-8, release collision Sta9/Sta10). Answer with
     * {@link Association#releaseResponse()} once the upper layer has finished (in Sta10 the answer is due
     * after the A-RELEASE confirmation). The default answers at once.
     */
    default void onReleaseRequest(Association association) {
        if (association.state() == State.STA8 || association.state() == State.STA9) {
            association.releaseResponse();
        }
    }

    /** A-RELEASE confirmation (AR-3, AR-10). In Sta12 (AR-10) the local user still owes its release response. */
    default void onReleaseConfirm(Association association) {
        if (association.state() == State.STA12) {
            association.releaseResponse();
        }
    }

    /** A-ABORT or A-P-ABORT indication (AA-3, AA-4, AA-8). */
    default void onAbort(Association association, AbortInfo abort) {
    }

    /** The association reached Sta1 and its transport connection is closed; called once. */
    default void onClosed(Association association) {
    }
}
