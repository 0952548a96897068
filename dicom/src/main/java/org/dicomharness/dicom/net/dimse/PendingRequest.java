package org.dicomharness.dicom.net.dimse;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.net.ul.PresentationContext;

/**
 * A request this side invoked and the responses it has had. {@link #await()} waits for the final response,
 * restarting the DIMSE response timer on every pending response; when it expires, the association is aborted
 * and the wait fails with a {@link DimseTimeoutException} naming the timer.
 */
public final class PendingRequest {

    private final DimseChannel channel;
    private final DimseRequest request;
    private final PresentationContext context;
    private final ResponseListener listener;
    private final CompletableFuture<DimseResponse> done = new CompletableFuture<>();
    private final long timeoutNanos;
    private volatile long deadline;
    private volatile int responses;

    PendingRequest(DimseChannel channel, DimseRequest request, PresentationContext context, ResponseListener listener,
                   long timeoutMillis) {
        this.channel = channel;
        this.request = request;
        this.context = context;
        this.listener = listener;
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        this.deadline = System.nanoTime() + timeoutNanos;
    }

    public DimseRequest request() {
        return request;
    }

    public PresentationContext presentationContext() {
        return context;
    }

    /** Responses received so far, pending ones included. */
    public int responseCount() {
        return responses;
    }

    /** Restarts the timer when the request has been sent completely (a large data set takes time). */
    void sent() {
        deadline = System.nanoTime() + timeoutNanos;
    }

    /** Returns whether this was the final response. */
    boolean accept(DimseResponse response, Dataset dataSet) {
        responses++;
        deadline = System.nanoTime() + timeoutNanos;
        if (listener != null) {
            listener.onResponse(response, dataSet);
        }
        if (!response.isPending()) {
            done.complete(response);
            return true;
        }
        return false;
    }

    void fail(IOException e) {
        done.completeExceptionally(e);
    }

    public boolean isDone() {
        return done.isDone();
    }

    /** Waits for the final response. */
    public DimseResponse await() throws IOException {
        while (true) {
            long left = timeoutNanos == 0 ? Long.MAX_VALUE : deadline - System.nanoTime();
            if (left <= 0) {
                String msg = "DIMSE response timer expired: no " + responseName() + " for message ID "
                        + request.messageId() + " within " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms"
                        + (responses > 0 ? " after " + responses + " pending response(s)" : "");
                channel.timedOut(this, msg);
                throw new DimseTimeoutException(msg);
            }
            try {
                return done.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // Re-check the deadline: a pending response may have moved it.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the " + responseName());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IOException(e.getCause());
            }
        }
    }

    private String responseName() {
        String rq = request.commandField().standardName();
        return rq.substring(0, rq.length() - 2) + "RSP";
    }
}
