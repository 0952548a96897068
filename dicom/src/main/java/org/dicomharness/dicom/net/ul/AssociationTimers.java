package org.dicomharness.dicom.net.ul;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The timers of one association on a thread of their own: ARTIM (PS3.8 9.1.4; Evt18 in Sta2 and Sta13), the
 * requestor's wait for the A-ASSOCIATE-AC/RJ, and the idle timer. Every expiry is noted in the trace with
 * the timer's name and duration before the machine reacts.
 */
final class AssociationTimers {

    private final Association association;
    private final Timeouts timeouts;
    private final ScheduledExecutorService executor;
    private ScheduledFuture<?> artim;
    private ScheduledFuture<?> request;
    private ScheduledFuture<?> idle;

    AssociationTimers(Association association, Timeouts timeouts, String name) {
        this.association = association;
        this.timeouts = timeouts;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dicom-ul-timer " + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts (or restarts) ARTIM; on expiry, Evt18. */
    synchronized void startArtim(State armedIn) {
        stopArtim();
        Duration d = timeouts.artim();
        if (d.isZero()) {
            return;
        }
        artim = schedule(() -> {
            String msg = "ARTIM timer expired after " + d.toMillis() + " ms (armed in " + armedIn.label() + ")";
            association.trace().note(msg);
            association.dispatch(Event.EVT18, msg);
        }, d);
    }

    synchronized void stopArtim() {
        cancel(artim);
    }

    /**
     * The requestor waits for the A-ASSOCIATE-AC/RJ no longer than ARTIM; Table 9-10 defines no Evt18 in Sta5,
     * so on expiry the local user aborts (Evt15, AA-1).
     */
    synchronized void startRequestTimer() {
        Duration d = timeouts.artim();
        if (d.isZero()) {
            return;
        }
        request = schedule(() -> {
            if (association.state() == State.STA5) {
                String msg = "ARTIM timer expired after " + d.toMillis() + " ms awaiting the A-ASSOCIATE-AC/RJ "
                        + "(Table 9-10 has no Evt18 in Sta5: the local user aborts)";
                association.trace().note(msg);
                association.abort(msg);
            }
        }, d);
    }

    synchronized void stopRequestTimer() {
        cancel(request);
    }

    /** Aborts (Evt15) an established association with no PDU in either direction for the idle timeout. */
    synchronized void startIdle() {
        Duration d = timeouts.idle();
        if (d.isZero() || executor.isShutdown()) {
            return;
        }
        long period = Math.max(10, Math.min(1000, d.toMillis() / 4));
        idle = executor.scheduleWithFixedDelay(() -> {
            if (System.nanoTime() - association.lastActivity() < d.toNanos()) {
                return;
            }
            State s = association.state();
            if (s != State.STA1 && s != State.STA13 && s != State.STA2) {
                String msg = "association idle timer expired: no PDU in either direction for " + d.toMillis()
                        + " ms in " + s.label();
                association.trace().note(msg);
                association.abort(msg);
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    /** Stops every timer and the thread; the association is back in Sta1. */
    synchronized void shutdown() {
        cancel(artim);
        cancel(request);
        cancel(idle);
        executor.shutdownNow();
    }

    private ScheduledFuture<?> schedule(Runnable r, Duration d) {
        try {
            return executor.schedule(r, d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    private static void cancel(ScheduledFuture<?> f) {
        if (f != null) {
            f.cancel(false);
        }
    }
}
