package org.dicomharness.simulators;

import org.dicomharness.dicom.net.tls.TlsConfig;
import org.dicomharness.dicom.net.ul.AcceptorPolicy;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.Timeouts;

/**
 * The simulator's own application entity: the Calling AE Title of the associations it opens (and the Called AE
 * Title its listening SCP accepts), its timers, the TLS of its listening SCP, and the Maximum Length it announces.
 * Whether an outgoing association uses TLS is the {@link Target}'s business.
 *
 * @param aeTitle      our AE title
 * @param timeouts     connect, ARTIM, idle and DIMSE response timers
 * @param tls          TLS of our listening SCP (storage for C-MOVE, storage commitment reports), or {@code null}
 * @param maxPduLength Maximum Length announced (PS3.8 D.1)
 */
public record LocalAe(String aeTitle, Timeouts timeouts, TlsConfig tls, long maxPduLength) {

    public LocalAe {
        Target.checkAeTitle(aeTitle, "calling");
        if (timeouts == null) {
            throw new IllegalArgumentException("timeouts are required; use Timeouts.defaults()");
        }
    }

    public static LocalAe of(String aeTitle) {
        return new LocalAe(aeTitle, Timeouts.defaults(), null, AcceptorPolicy.DEFAULT_MAX_PDU_LENGTH);
    }

    public LocalAe withTimeouts(Timeouts t) {
        return new LocalAe(aeTitle, t, tls, maxPduLength);
    }

    public LocalAe withTls(TlsConfig t) {
        return new LocalAe(aeTitle, timeouts, t, maxPduLength);
    }

    public LocalAe withAeTitle(String title) {
        return new LocalAe(title, timeouts, tls, maxPduLength);
    }

    /** A requestor for associations to {@code target}, with TLS when the target has it. */
    public AssociationRequestor requestor(Target target) {
        return new AssociationRequestor(timeouts, target.tls());
    }
}
