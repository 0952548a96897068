package org.dicomharness.dicom.net.dimse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.ul.Association;
import org.dicomharness.dicom.net.ul.AssociationException;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.PresentationContext;
import org.dicomharness.dicom.net.ul.State;

/**
 * The service user's side of an association: one method per DIMSE-C and DIMSE-N operation (PS3.7 9.1, 10.1),
 * each waiting for the final response. Requests this side must perform at the same time (C-STORE
 * sub-operations of a C-GET) go to the {@link ServiceRegistry} given at {@link #open}.
 */
public final class DimseClient implements AutoCloseable {

    private final Association association;
    private final DimseChannel channel;

    private DimseClient(Association association, DimseChannel channel) {
        this.association = association;
        this.channel = channel;
    }

    /** Opens an association and binds a DIMSE channel to it. */
    public static DimseClient open(AssociationRequestor requestor, String host, int port, AAssociateRq rq,
                                   ServiceRegistry services, DimseOptions options) throws AssociationException {
        DimseChannel ch = new DimseChannel(services, options);
        Association a = requestor.open(host, port, rq, ch);
        ch.bind(a);
        return new DimseClient(a, ch);
    }

    public static DimseClient open(AssociationRequestor requestor, String host, int port, AAssociateRq rq)
            throws AssociationException {
        return open(requestor, host, port, rq, null, DimseOptions.defaults());
    }

    public Association association() {
        return association;
    }

    public DimseChannel channel() {
        return channel;
    }

    /** The accepted context for an abstract syntax (preferring {@code transferSyntax} when not {@code null}). */
    public PresentationContext context(String abstractSyntax, String transferSyntax) throws DimseException {
        if (transferSyntax != null) {
            var exact = association.findAcceptedContext(abstractSyntax, transferSyntax);
            if (exact.isPresent()) {
                return exact.get();
            }
        }
        return association.findAcceptedContext(abstractSyntax, null).orElseThrow(() -> new DimseException(
                "no accepted presentation context for " + org.dicomharness.dicom.net.pdu.Uid.describe(abstractSyntax)
                + "; negotiated: " + association.presentationContexts()));
    }

    // ------------------------------------------------------------------------------------------ DIMSE-C

    public CEchoRsp echo() throws IOException {
        PresentationContext pc = context(Uids.Verification, null);
        return (CEchoRsp) channel.invoke(pc, new CEchoRq(channel.nextMessageId(), Uids.Verification), null, null).await();
    }

    /** Stores a data set (in memory or streamed from a writer) on a context accepted for its SOP Class. */
    public CStoreRsp store(PresentationContext pc, String sopClassUid, String sopInstanceUid, DataSetWriter data,
                           Priority priority, String moveOriginatorAeTitle, Integer moveOriginatorMessageId)
            throws IOException {
        CStoreRq rq = new CStoreRq(channel.nextMessageId(), sopClassUid, sopInstanceUid, priority,
                moveOriginatorAeTitle, moveOriginatorMessageId);
        return (CStoreRsp) channel.invoke(pc, rq, data, null).await();
    }

    public CStoreRsp store(Dataset dataset) throws IOException {
        String sop = dataset.requireString(Tags.SOPClassUID);
        return store(context(sop, null), sop, dataset.requireString(Tags.SOPInstanceUID), DataSets.of(dataset),
                Priority.MEDIUM, null, null);
    }

    /**
     * Stores a Part 10 file, streaming its data set from disk; the context accepted with the file's own
     * transfer syntax is preferred, so that the bytes are sent as they are.
     */
    public CStoreRsp store(Path file) throws IOException {
        DicomFile header = DataSets.header(file);
        String sop = sopClass(header);
        String inst = header.fileMeta().getString(Tags.MediaStorageSOPInstanceUID,
                header.dataset().getString(Tags.SOPInstanceUID));
        return store(contextFor(header), sop, inst, DataSets.ofFile(file, header), Priority.MEDIUM, null, null);
    }

    /**
     * The accepted context that can carry a file: its own syntax preferred, else a native syntax when the
     * file is native (re-encoded while streaming).
     *
     * @throws DimseException before anything is sent, when no accepted context can carry the file
     */
    public PresentationContext contextFor(DicomFile header) throws DimseException {
        String sop = sopClass(header);
        var exact = association.findAcceptedContext(sop, header.transferSyntax().uid());
        if (exact.isPresent()) {
            return exact.get();
        }
        for (PresentationContext pc : association.presentationContexts()) {
            if (pc.isAccepted() && pc.abstractSyntax().equals(sop) && DataSets.canConvert(header.transferSyntax(),
                    org.dicomharness.dicom.TransferSyntax.of(pc.transferSyntax()))) {
                return pc;
            }
        }
        throw new DimseException("no accepted presentation context can carry "
                + org.dicomharness.dicom.net.pdu.Uid.describe(sop) + " in " + header.transferSyntax()
                + " (this implementation does not transcode compressed Pixel Data); negotiated: "
                + association.presentationContexts());
    }

    static String sopClass(DicomFile header) throws DimseException {
        String sop = header.fileMeta().getString(Tags.MediaStorageSOPClassUID, header.dataset().getString(Tags.SOPClassUID));
        if (sop == null) {
            throw new DimseException("the file has no SOP Class UID (Media Storage SOP Class UID or (0008,0016))");
        }
        return sop;
    }

    /** C-FIND: each match goes to {@code onMatch}; returns the final response. */
    public CFindRsp find(String sopClassUid, Dataset identifier, Consumer<Dataset> onMatch) throws IOException {
        PendingRequest p = startFind(sopClassUid, identifier, onMatch);
        return (CFindRsp) p.await();
    }

    /** Starts a C-FIND without waiting (to cancel it, or to run several within the asynchronous window). */
    public PendingRequest startFind(String sopClassUid, Dataset identifier, Consumer<Dataset> onMatch) throws IOException {
        PresentationContext pc = context(sopClassUid, null);
        return channel.invoke(pc, new CFindRq(channel.nextMessageId(), sopClassUid, Priority.MEDIUM),
                DataSets.of(identifier), (rsp, ds) -> {
                    if (rsp.isPending() && ds != null && onMatch != null) {
                        onMatch.accept(ds);
                    }
                });
    }

    /** C-MOVE to {@code destination}; pending responses (sub-operation counts) go to {@code onPending}. */
    public DimseResult move(String sopClassUid, String destination, Dataset identifier, Consumer<CMoveRsp> onPending)
            throws IOException {
        PresentationContext pc = context(sopClassUid, null);
        Dataset[] last = new Dataset[1];
        PendingRequest p = channel.invoke(pc, new CMoveRq(channel.nextMessageId(), sopClassUid, Priority.MEDIUM,
                destination), DataSets.of(identifier), (rsp, ds) -> {
                    last[0] = ds;
                    if (rsp.isPending() && onPending != null) {
                        onPending.accept((CMoveRsp) rsp);
                    }
                });
        return new DimseResult(p.await(), last[0]);
    }

    /**
     * C-GET: the C-STORE sub-operations arrive on this association and go to the storage handler of the
     * registry given at {@link #open}; propose the storage contexts with the SCP role (PS3.7 D.3.3.4).
     */
    public DimseResult get(String sopClassUid, Dataset identifier, Consumer<CGetRsp> onPending) throws IOException {
        PresentationContext pc = context(sopClassUid, null);
        Dataset[] last = new Dataset[1];
        PendingRequest p = channel.invoke(pc, new CGetRq(channel.nextMessageId(), sopClassUid, Priority.MEDIUM),
                DataSets.of(identifier), (rsp, ds) -> {
                    last[0] = ds;
                    if (rsp.isPending() && onPending != null) {
                        onPending.accept((CGetRsp) rsp);
                    }
                });
        return new DimseResult(p.await(), last[0]);
    }

    public void cancel(PendingRequest request) throws IOException {
        channel.cancel(request);
    }

    // ------------------------------------------------------------------------------------------ DIMSE-N

    public DimseResult eventReport(String sopClassUid, String sopInstanceUid, int eventTypeId, Dataset eventInformation)
            throws IOException {
        return nService(sopClassUid, new NEventReportRq(channel.nextMessageId(), sopClassUid, sopInstanceUid,
                eventTypeId), eventInformation);
    }

    public DimseResult nGet(String sopClassUid, String sopInstanceUid, List<Integer> attributes) throws IOException {
        return nService(sopClassUid, new NGetRq(channel.nextMessageId(), sopClassUid, sopInstanceUid, attributes), null);
    }

    public DimseResult nSet(String sopClassUid, String sopInstanceUid, Dataset modifications) throws IOException {
        return nService(sopClassUid, new NSetRq(channel.nextMessageId(), sopClassUid, sopInstanceUid), modifications);
    }

    public DimseResult nAction(String sopClassUid, String sopInstanceUid, int actionTypeId, Dataset actionInformation)
            throws IOException {
        return nService(sopClassUid, new NActionRq(channel.nextMessageId(), sopClassUid, sopInstanceUid, actionTypeId),
                actionInformation);
    }

    public DimseResult nCreate(String sopClassUid, String sopInstanceUid, Dataset attributes) throws IOException {
        return nService(sopClassUid, new NCreateRq(channel.nextMessageId(), sopClassUid, sopInstanceUid), attributes);
    }

    public DimseResult nDelete(String sopClassUid, String sopInstanceUid) throws IOException {
        return nService(sopClassUid, new NDeleteRq(channel.nextMessageId(), sopClassUid, sopInstanceUid), null);
    }

    private DimseResult nService(String sopClassUid, DimseRequest rq, Dataset data) throws IOException {
        PresentationContext pc = context(sopClassUid, null);
        Dataset[] got = new Dataset[1];
        PendingRequest p = channel.invoke(pc, rq, data == null ? null : DataSets.of(data), (rsp, ds) -> got[0] = ds);
        return new DimseResult(p.await(), got[0]);
    }

    // ------------------------------------------------------------------------------------------ ending

    public void release() throws AssociationException {
        association.release();
    }

    public void abort() {
        association.abort();
    }

    /** Releases an established association (aborting it if the release fails); harmless once it has ended. */
    @Override
    public void close() {
        if (association.state() == State.STA6) {
            try {
                association.release();
            } catch (AssociationException e) {
                association.abort("release failed: " + e.getMessage());
            }
        } else {
            association.abort("closing");
        }
    }
}
