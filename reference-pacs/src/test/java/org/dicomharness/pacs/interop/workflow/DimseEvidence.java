package org.dicomharness.pacs.interop.workflow;

import java.util.List;
import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.pdu.PduType;
import org.dicomharness.dicom.net.ul.Association;
import org.dicomharness.dicom.net.ul.TraceEntry;

/** Reading the recorded trace of an association: the DIMSE messages in the order they went, and the PDUs. */
final class DimseEvidence {

    private DimseEvidence() {
    }

    /** The DIMSE lines of the trace ("DIMSE -> N-ACTION-RQ msg 1 ...", "DIMSE <- N-ACTION-RSP to msg 1 ..."). */
    static List<String> messages(Association a) {
        return a.trace().entries(TraceEntry.Note.class).stream().map(TraceEntry.Note::message)
                .filter(m -> m.startsWith("DIMSE -> ") || m.startsWith("DIMSE <- ")).toList();
    }

    /** The A-ASSOCIATE-RQ received (acceptor side) or sent (requestor side), as recorded whole in the trace. */
    static AAssociateRq associateRq(Association a, TraceEntry.Direction direction) {
        return a.trace().pdus(direction, PduType.A_ASSOCIATE_RQ).stream().map(e -> (AAssociateRq) e.pdu())
                .findFirst().orElseThrow(() -> new AssertionError("no A-ASSOCIATE-RQ " + direction + " in\n"
                        + a.trace().toText()));
    }
}
