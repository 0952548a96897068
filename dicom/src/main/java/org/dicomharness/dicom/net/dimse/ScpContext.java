package org.dicomharness.dicom.net.dimse;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.net.ul.Association;
import org.dicomharness.dicom.net.ul.PresentationContext;

/**
 * What a service handler needs while performing one request: the association and presentation context,
 * whether the requestor cancelled (C-CANCEL-RQ), and the means to send pending responses.
 */
public final class ScpContext {

    private final DimseChannel channel;
    private final PresentationContext context;
    private final DimseRequest request;
    private volatile boolean cancelled;
    private final List<Runnable> afterResponse = new CopyOnWriteArrayList<>();

    ScpContext(DimseChannel channel, PresentationContext context, DimseRequest request) {
        this.channel = channel;
        this.context = context;
        this.request = request;
    }

    public Association association() {
        return channel.association();
    }

    public DimseChannel channel() {
        return channel;
    }

    public PresentationContext presentationContext() {
        return context;
    }

    public TransferSyntax transferSyntax() {
        return TransferSyntax.of(context.transferSyntax());
    }

    public DimseRequest request() {
        return request;
    }

    /** Whether a C-CANCEL-RQ for this request arrived. */
    public boolean isCancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
    }

    /**
     * Runs {@code task} on the performing thread once the final response has been sent, or could not be sent
     * because the association ended: for what a service does after its response, such as the N-EVENT-REPORT that
     * follows the N-ACTION-RSP of Storage Commitment (PS3.4 J.3.3). A task that fails is noted in the trace.
     */
    public void afterResponse(Runnable task) {
        afterResponse.add(task);
    }

    List<Runnable> afterResponseTasks() {
        return List.copyOf(afterResponse);
    }

    /** C-FIND: sends one match as a Pending (FF00) response. */
    public void pending(Dataset identifier) throws IOException {
        pending(Status.PENDING, identifier);
    }

    /** C-FIND: sends one match with FF00 or FF01. */
    public void pending(int status, Dataset identifier) throws IOException {
        channel.sendPending(this, status, identifier, SubOperations.NONE);
    }

    /** C-GET / C-MOVE: sends a Pending (FF00) response with the sub-operation counts. */
    public void pendingSubOperations(SubOperations counts) throws IOException {
        channel.sendPending(this, Status.PENDING, null, counts);
    }
}
