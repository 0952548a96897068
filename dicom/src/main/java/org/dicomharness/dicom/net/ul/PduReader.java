package org.dicomharness.dicom.net.ul;

import java.io.IOException;
import java.io.InputStream;
import org.dicomharness.dicom.net.pdu.AbortReason;
import org.dicomharness.dicom.net.pdu.PDataTf;
import org.dicomharness.dicom.net.pdu.Pdu;
import org.dicomharness.dicom.net.pdu.PduDecodeException;
import org.dicomharness.dicom.net.pdu.PduDecoder;
import org.dicomharness.dicom.net.pdu.PresentationDataValue;
import org.dicomharness.dicom.net.pdu.TruncatedPduException;

/**
 * The reader thread of an association: turns what arrives on the transport connection into the events of
 * Table 9-10 (a PDU: Evt3, 4, 6, 10, 12, 13, 16; something that is no PDU: Evt19; the end of the connection:
 * Evt17) and hands them to the protocol machine, in order.
 */
final class PduReader implements Runnable {

    private final Association association;
    private final PduDecoder decoder;
    private final InputStream in;

    PduReader(Association association, PduDecoder decoder, InputStream in) {
        this.association = association;
        this.decoder = decoder;
        this.in = in;
    }

    @Override
    public void run() {
        AssociationTrace trace = association.trace();
        while (true) {
            long start = decoder.position();
            Pdu pdu;
            try {
                pdu = decoder.read();
            } catch (PduDecodeException e) {
                trace.note("received an invalid PDU: " + e.getMessage());
                association.dispatch(Event.EVT19, e);
                drain();
                association.dispatch(Event.EVT17, "the transport connection closed after an invalid PDU");
                return;
            } catch (TruncatedPduException e) {
                trace.note(e.getMessage());
                association.dispatch(Event.EVT17, e.getMessage());
                return;
            } catch (IOException e) {
                association.dispatch(Event.EVT17, "transport connection closed: " + e.getMessage());
                return;
            }
            if (pdu == null) {
                association.dispatch(Event.EVT17, "the peer closed the transport connection");
                return;
            }
            association.touch();
            long length = decoder.position() - start - 6;
            Event event = eventFor(pdu);
            if (pdu instanceof PDataTf p) {
                boolean listed = trace.pData(TraceEntry.Direction.RECEIVED, p, length);
                ProtocolViolation v = checkContexts(p);
                if (v != null) {
                    association.dispatch(Event.EVT19, v);
                    continue;
                }
                association.dispatch(event, pdu, listed);
            } else {
                trace.pdu(TraceEntry.Direction.RECEIVED, pdu, length);
                association.dispatch(event, pdu);
            }
        }
    }

    /** A PDV for a context that was not accepted is an invalid PDU parameter (PS3.8 9.3.5.1). */
    private ProtocolViolation checkContexts(PDataTf p) {
        State s = association.state();
        if (s != State.STA6 && s != State.STA7) {
            return null;
        }
        for (PresentationDataValue v : p.values()) {
            if (association.acceptedContext(v.presentationContextId()) == null) {
                return new ProtocolViolation(AbortReason.INVALID_PDU_PARAMETER_VALUE, "PDV for presentation context "
                        + v.presentationContextId() + ", which was not accepted on this association (PS3.8 9.3.5.1)");
            }
        }
        return null;
    }

    /** After an invalid PDU the framing is lost: discard until the peer (or ARTIM) closes the connection. */
    private void drain() {
        byte[] skip = new byte[8192];
        try {
            while (in.read(skip) >= 0) {
                // discarded
            }
        } catch (IOException e) {
            // The transport closed.
        }
    }

    static Event eventFor(Pdu pdu) {
        return switch (pdu.type()) {
            case A_ASSOCIATE_RQ -> Event.EVT6;
            case A_ASSOCIATE_AC -> Event.EVT3;
            case A_ASSOCIATE_RJ -> Event.EVT4;
            case P_DATA_TF -> Event.EVT10;
            case A_RELEASE_RQ -> Event.EVT12;
            case A_RELEASE_RP -> Event.EVT13;
            case A_ABORT -> Event.EVT16;
        };
    }
}
