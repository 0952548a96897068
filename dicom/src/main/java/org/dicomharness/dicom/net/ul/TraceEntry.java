package org.dicomharness.dicom.net.ul;

import java.time.Instant;
import java.util.List;
import org.dicomharness.dicom.net.pdu.Pdu;
import org.dicomharness.dicom.net.pdu.PduType;

/** One line of evidence in an {@link AssociationTrace}. */
public sealed interface TraceEntry {

    Instant time();

    /** The entry as one line of readable text (without the time). */
    String text();

    /** Which way a PDU went. */
    enum Direction {
        SENT("->"), RECEIVED("<-");

        private final String arrow;

        Direction(String arrow) {
            this.arrow = arrow;
        }

        public String arrow() {
            return arrow;
        }
    }

    /**
     * A PDU sent or received. A-ASSOCIATE, A-RELEASE and A-ABORT PDUs are kept whole; P-DATA-TF PDUs keep
     * their summary only ({@code pdu} is {@code null}) so that a 2 GB transfer does not fill the heap.
     */
    record PduEntry(Instant time, Direction direction, PduType type, long length, String summary, Pdu pdu)
            implements TraceEntry {

        @Override
        public String text() {
            return direction.arrow() + " " + type.standardName() + " (" + length + " bytes) " + summary;
        }
    }

    /**
     * Data-only P-DATA-TF PDUs that carry neither a command nor a last fragment, counted rather than listed.
     */
    record PDataRun(Instant time, Direction direction, long pdus, long bytes) implements TraceEntry {

        @Override
        public String text() {
            return direction.arrow() + " P-DATA-TF x" + pdus + " (" + bytes + " bytes of data set fragments)";
        }
    }

    /** Bytes written outside the state machine by fault injection. */
    record RawBytes(Instant time, Direction direction, long length, String description) implements TraceEntry {

        @Override
        public String text() {
            return direction.arrow() + " raw " + length + " bytes: " + description;
        }
    }

    /** A transition of the protocol machine: the cell of Table 9-10 that was applied. */
    record Transition(Instant time, State from, Event event, Action action, State to) implements TraceEntry {

        @Override
        public String text() {
            return from.label() + " + " + event.label() + " (" + event.definition() + ") -> " + action.label()
                    + " -> " + to.label();
        }
    }

    /** The presentation contexts as negotiated, recorded when the association is established. */
    record Negotiated(Instant time, List<PresentationContext> contexts, long maxPduLengthToSend,
                      long maxPduLengthToReceive) implements TraceEntry {

        public Negotiated {
            contexts = List.copyOf(contexts);
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder("negotiated: max PDU to send " + maxPduLengthToSend
                    + ", to receive " + maxPduLengthToReceive);
            for (PresentationContext pc : contexts) {
                sb.append("\n      ").append(pc);
            }
            return sb.toString();
        }
    }

    /** Anything else worth keeping: a timer that fired, a tolerated deviation, a decode error. */
    record Note(Instant time, String message) implements TraceEntry {

        @Override
        public String text() {
            return "** " + message;
        }
    }
}
