package org.dicomharness.dicom.net.ul;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.net.pdu.PDataTf;
import org.dicomharness.dicom.net.pdu.Pdu;
import org.dicomharness.dicom.net.pdu.PduType;
import org.dicomharness.dicom.net.pdu.PresentationDataValue;

/**
 * The evidence of one association: every PDU sent and received (direction, time, type, decoded summary), every
 * transition of the protocol machine, the negotiated presentation contexts, and notes (timers, tolerated
 * deviations). Available as records ({@link #entries()}) and as text ({@link #toText()}). Thread-safe.
 *
 * <p>P-DATA-TF PDUs that carry a command fragment or the last fragment of a data set are listed one by one;
 * the data set fragments in between are counted in a {@link TraceEntry.PDataRun}. The trace keeps at most
 * {@value #MAX_ENTRIES} entries and counts what it dropped beyond that.
 */
public final class AssociationTrace {

    public static final int MAX_ENTRIES = 10_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final String name;
    private final List<TraceEntry> entries = new ArrayList<>();
    private final long[] runPdus = new long[2];
    private final long[] runBytes = new long[2];
    private long dropped;

    public AssociationTrace(String name) {
        this.name = name;
    }

    /** The association's name, e.g. {@code HARNESS->STORESCP@127.0.0.1:11112 #3}. */
    public String name() {
        return name;
    }

    public synchronized List<TraceEntry> entries() {
        List<TraceEntry> copy = new ArrayList<>(entries);
        for (TraceEntry.Direction d : TraceEntry.Direction.values()) {
            if (runPdus[d.ordinal()] > 0) {
                copy.add(new TraceEntry.PDataRun(Instant.now(), d, runPdus[d.ordinal()], runBytes[d.ordinal()]));
            }
        }
        return List.copyOf(copy);
    }

    /** Entries of one kind, e.g. {@code entries(TraceEntry.Transition.class)}. */
    public <T extends TraceEntry> List<T> entries(Class<T> kind) {
        return entries().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The PDUs of one type that went one way. */
    public List<TraceEntry.PduEntry> pdus(TraceEntry.Direction direction, PduType type) {
        return entries(TraceEntry.PduEntry.class).stream()
                .filter(e -> e.direction() == direction && e.type() == type).toList();
    }

    /** Number of entries dropped after {@value #MAX_ENTRIES}. */
    public synchronized long dropped() {
        return dropped;
    }

    void pdu(TraceEntry.Direction direction, Pdu pdu, long length) {
        if (pdu instanceof PDataTf p) {
            pData(direction, p, length);
            return;
        }
        add(new TraceEntry.PduEntry(Instant.now(), direction, pdu.type(), length, pdu.summary(), pdu));
    }

    /** Records a P-DATA-TF; returns whether it was listed (true) or counted in a run (false). */
    synchronized boolean pData(TraceEntry.Direction direction, PDataTf p, long length) {
        boolean significant = false;
        long bytes = 0;
        for (PresentationDataValue v : p.values()) {
            significant |= v.isCommand() || v.isLast();
            bytes += v.data().length;
        }
        if (!significant) {
            runPdus[direction.ordinal()]++;
            runBytes[direction.ordinal()] += bytes;
            return false;
        }
        add(new TraceEntry.PduEntry(Instant.now(), direction, PduType.P_DATA_TF, length, p.summary(), null));
        return true;
    }

    /** Counts a data-only P-DATA-TF sent without building its record (the streaming path). */
    synchronized void dataFragment(TraceEntry.Direction direction, long bytes) {
        runPdus[direction.ordinal()]++;
        runBytes[direction.ordinal()] += bytes;
    }

    synchronized void raw(TraceEntry.Direction direction, long length, String description) {
        add(new TraceEntry.RawBytes(Instant.now(), direction, length, description));
    }

    synchronized void transition(State from, Event event, Action action, State to) {
        add(new TraceEntry.Transition(Instant.now(), from, event, action, to));
    }

    synchronized void negotiated(List<PresentationContext> contexts, long toSend, long toReceive) {
        add(new TraceEntry.Negotiated(Instant.now(), contexts, toSend, toReceive));
    }

    /** Adds a note (a timer, a deviation, a fault injected); public so that upper layers can add their evidence. */
    public synchronized void note(String message) {
        add(new TraceEntry.Note(Instant.now(), message));
    }

    private void flushRun(TraceEntry.Direction direction) {
        int i = direction.ordinal();
        if (runPdus[i] > 0) {
            add(new TraceEntry.PDataRun(Instant.now(), direction, runPdus[i], runBytes[i]));
            runPdus[i] = 0;
            runBytes[i] = 0;
        }
    }

    private synchronized void add(TraceEntry e) {
        if (!(e instanceof TraceEntry.PDataRun)) {
            // Keep the trace chronological: counted fragments come before whatever follows them.
            flushRun(TraceEntry.Direction.SENT);
            flushRun(TraceEntry.Direction.RECEIVED);
        }
        if (entries.size() >= MAX_ENTRIES) {
            dropped++;
            return;
        }
        entries.add(e);
    }

    /** The whole trace as readable text, one entry per line with its UTC time. */
    public String toText() {
        StringBuilder sb = new StringBuilder("association ").append(name).append('\n');
        for (TraceEntry e : entries()) {
            sb.append(TIME.format(e.time())).append("  ").append(e.text()).append('\n');
        }
        long d = dropped();
        if (d > 0) {
            sb.append("(").append(d).append(" further entries dropped)\n");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toText();
    }
}
