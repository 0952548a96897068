package org.dicomharness.pacs.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Open associations and the most recent closed ones, for the monitoring page. Thread-safe. */
public final class AssociationLog {

    /** One association as monitoring shows it. */
    public record Entry(long id, String callingAe, String calledAe, String remoteAddress, Instant openedAt,
                        Instant closedAt, String outcome, int operations) {

        public Duration duration() {
            return Duration.between(openedAt, closedAt != null ? closedAt : Instant.now());
        }
    }

    private static final int KEPT = 200;

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Entry> open = new LinkedHashMap<>();
    private final Deque<Entry> closed = new ArrayDeque<>();

    /** Records a newly accepted (or rejected) association and returns its id. */
    public synchronized long opened(String callingAe, String calledAe, String remoteAddress) {
        long id = ids.incrementAndGet();
        open.put(id, new Entry(id, callingAe, calledAe, remoteAddress, Instant.now(), null, "open", 0));
        return id;
    }

    public synchronized void operation(long id) {
        Entry e = open.get(id);
        if (e != null) {
            open.put(id, new Entry(e.id(), e.callingAe(), e.calledAe(), e.remoteAddress(), e.openedAt(), null,
                    e.outcome(), e.operations() + 1));
        }
    }

    /** Records how an association ended: "released", "aborted: ...", "rejected: ...". */
    public synchronized void closed(long id, String outcome) {
        Entry e = open.remove(id);
        if (e == null) {
            return;
        }
        closed.addFirst(new Entry(e.id(), e.callingAe(), e.calledAe(), e.remoteAddress(), e.openedAt(), Instant.now(),
                outcome, e.operations()));
        while (closed.size() > KEPT) {
            closed.removeLast();
        }
    }

    public synchronized List<Entry> openAssociations() {
        return new ArrayList<>(open.values());
    }

    public synchronized List<Entry> recentlyClosed() {
        return new ArrayList<>(closed);
    }
}
