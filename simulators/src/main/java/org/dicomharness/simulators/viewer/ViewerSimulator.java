package org.dicomharness.simulators.viewer;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.CFindRsp;
import org.dicomharness.dicom.net.dimse.CGetRsp;
import org.dicomharness.dicom.net.dimse.CMoveRq;
import org.dicomharness.dicom.net.dimse.CMoveRsp;
import org.dicomharness.dicom.net.dimse.DataSets;
import org.dicomharness.dicom.net.dimse.DimseChannel;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.dimse.DimseResponse;
import org.dicomharness.dicom.net.dimse.DimseResult;
import org.dicomharness.dicom.net.dimse.PendingRequest;
import org.dicomharness.dicom.net.dimse.Priority;
import org.dicomharness.dicom.net.dimse.ServiceRegistry;
import org.dicomharness.dicom.net.dimse.SubOperations;
import org.dicomharness.dicom.net.ul.AcceptorConfig;
import org.dicomharness.dicom.net.ul.AcceptorPolicy;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationAcceptor;
import org.dicomharness.dicom.net.ul.AssociationException;
import org.dicomharness.dicom.net.ul.AssociationTrace;
import org.dicomharness.dicom.net.ul.PresentationContext;
import org.dicomharness.simulators.AssociationEvidence;
import org.dicomharness.simulators.Associations;
import org.dicomharness.simulators.DimseOutcome;
import org.dicomharness.simulators.LocalAe;
import org.dicomharness.simulators.Target;
import org.dicomharness.simulators.modality.SendReport;

/**
 * A simulated image display (IHE Image Display actor): C-FIND at every level of both information models (RAD-14),
 * C-MOVE to its own Storage SCP and C-GET on its own association (RAD-16), and verification that what came back is
 * what went in. Results carry the statuses, sub-operation counts, files and PDU traces.
 */
public final class ViewerSimulator implements AutoCloseable {

    private static final List<String> NATIVE = List.of(Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian);

    private final ViewerConfig config;
    private static final java.time.Duration SUB_OPERATION_CLOSE_WAIT = java.time.Duration.ofSeconds(5);

    private final StorageReceiver receiver;
    private AssociationAcceptor storage;

    public ViewerSimulator(ViewerConfig config) throws IOException {
        this.config = config;
        Files.createDirectories(config.storageDir());
        this.receiver = new StorageReceiver(config.storageDir(), config.local().aeTitle());
    }

    public ViewerConfig config() {
        return config;
    }

    private LocalAe local() {
        return config.local();
    }

    /**
     * Starts the Storage SCP that receives C-MOVE sub-operations (idempotent): every Storage SOP Class of PS3.6 in
     * every transfer syntax this implementation knows, the mover's preferred syntax first, so that an object comes
     * back as the mover holds it.
     *
     * @return this viewer as a target: the Move Destination a Query/Retrieve SCP must have configured
     */
    public synchronized Target startStorage() throws IOException {
        if (storage == null) {
            List<String> all = TransferSyntax.all().stream().map(TransferSyntax::uid).toList();
            AcceptorPolicy policy = AcceptorPolicy.builder().calledAeTitles(local().aeTitle())
                    .accept(Uids.Verification, NATIVE).acceptAllStorage(all).preferRequestorOrder(true).build();
            ServiceRegistry services = new ServiceRegistry().storeAny(receiver);
            AcceptorConfig cfg = new AcceptorConfig(config.listenHost(), config.listenPort(), policy, policy,
                    local().timeouts(), local().tls(), out -> out);
            try {
                storage = AssociationAcceptor.start(cfg, a -> {
                    DimseChannel ch = new DimseChannel(services, DimseOptions.defaults());
                    ch.bind(a);
                    return ch;
                });
            } catch (IOException e) {
                throw new IOException("the viewer's storage SCP cannot listen on " + config.listenHost() + ":"
                        + config.listenPort() + ": " + e.getMessage(), e);
            }
        }
        return new Target(local().aeTitle(), storage.host(), storage.localPort(), local().tls());
    }

    public synchronized Optional<Target> storageTarget() {
        return storage == null ? Optional.empty()
                : Optional.of(new Target(local().aeTitle(), storage.host(), storage.localPort(), local().tls()));
    }

    // ------------------------------------------------------------------------------------------ C-FIND

    /** C-FIND (PS3.4 C.4.1). */
    public QueryResult find(Target target, Query query) {
        String sop = query.model().findSopClass();
        AssociateRequestBuilder rq = Associations.request(local(), target).context(sop, NATIVE);
        DimseClient client;
        try {
            client = Associations.open(local(), target, rq, new ServiceRegistry());
        } catch (AssociationException e) {
            return new QueryResult(target, query, List.of(), null,
                    AssociationEvidence.failed(Associations.name(local(), target), e), e.getMessage());
        }
        List<Dataset> matches = Collections.synchronizedList(new ArrayList<>());
        DimseOutcome outcome = null;
        String failure = Associations.refusal(client, sop).orElse(null);
        if (failure != null) {
            return new QueryResult(target, query, List.of(), null, Associations.close(client), failure);
        }
        try {
            CFindRsp rsp = client.find(sop, query.identifier(), matches::add);
            outcome = DimseOutcome.of(rsp, sop);
        } catch (IOException e) {
            failure = "no final C-FIND-RSP: " + e.getMessage();
        }
        return new QueryResult(target, query, matches, outcome, Associations.close(client), failure);
    }

    // ------------------------------------------------------------------------------------------ C-MOVE

    /** C-MOVE to this viewer's own Storage SCP (started if needed). */
    public RetrieveReport move(Target target, Query query) throws IOException {
        startStorage();
        return move(target, query, local().aeTitle());
    }

    /**
     * C-MOVE (PS3.4 C.4.2) to {@code destination}. When it is this viewer, the objects that arrive are in the
     * report; an A801 answer means the target does not know this viewer's AE and the report says how to fix it.
     */
    public RetrieveReport move(Target target, Query query, String destination) throws IOException {
        boolean here = destination.equals(local().aeTitle());
        String sop = query.model().moveSopClass();
        AssociateRequestBuilder rq = Associations.request(local(), target).context(sop, NATIVE);
        int tracesBefore = storage == null ? 0 : storage.recentTraces().size();
        DimseClient client;
        try {
            client = Associations.open(local(), target, rq, new ServiceRegistry());
        } catch (AssociationException e) {
            return new RetrieveReport(target, query, RetrieveReport.Operation.C_MOVE, destination, here, null, null,
                    List.of(), List.of(), List.of(), List.of(AssociationEvidence.failed(Associations.name(local(),
                    target), e)), e.getMessage());
        }
        String refused = Associations.refusal(client, sop).orElse(null);
        if (refused != null) {
            return new RetrieveReport(target, query, RetrieveReport.Operation.C_MOVE, destination, here, null, null,
                    List.of(), List.of(), List.of(), List.of(Associations.close(client)), refused);
        }
        DimseChannel ch = client.channel();
        int messageId = ch.nextMessageId();
        StorageReceiver.Session session = here ? receiver.openMove(messageId) : null;
        List<SubOperations> pending = Collections.synchronizedList(new ArrayList<>());
        Dataset[] last = new Dataset[1];
        DimseResponse rsp = null;
        String failure = null;
        try {
            PresentationContext pc = client.context(sop, null);
            PendingRequest p = ch.invoke(pc, new CMoveRq(messageId, sop, Priority.MEDIUM, destination),
                    DataSets.of(query.identifier()), (r, ds) -> {
                        last[0] = ds;
                        if (r.isPending()) {
                            pending.add(((CMoveRsp) r).subOperations());
                        }
                    });
            rsp = p.await();
        } catch (IOException e) {
            failure = "no final C-MOVE-RSP: " + e.getMessage();
        } finally {
            if (session != null) {
                receiver.close(session);
            }
        }
        List<AssociationEvidence> evidence = new ArrayList<>(List.of(Associations.close(client)));
        if (here && storage != null) {
            List<AssociationTrace> traces = new ArrayList<>();
            List<AssociationTrace> recent = storage.recentTraces();
            traces.addAll(recent.subList(Math.min(tracesBefore, recent.size()), recent.size()));
            for (AssociationTrace t : awaitSubOperationAssociations()) {
                if (traces.stream().noneMatch(known -> known == t)) {
                    traces.add(t);
                }
            }
            for (AssociationTrace t : traces) {
                evidence.add(new AssociationEvidence(t.name(), List.of(), t, null));
            }
        }
        DimseOutcome outcome = rsp == null ? null : DimseOutcome.of(rsp, sop);
        String fix = here ? "configure " + local().aeTitle() + " at " + storageTarget().map(t -> t.host() + ":"
                + t.port()).orElse("?") + " as a DICOM destination on " + target : "check that " + target
                + " knows " + destination;
        if (outcome != null && outcome.code() == RetrieveReport.MOVE_DESTINATION_UNKNOWN) {
            failure = "the target does not know the move destination '" + destination + "' (A801, PS3.4 C.4.2.1.4): "
                    + fix;
        } else if (outcome != null && !outcome.isSuccessful() && pending.isEmpty() && (rsp == null
                || ((CMoveRsp) rsp).subOperations().completed() == null
                || ((CMoveRsp) rsp).subOperations().completed() == 0)) {
            failure = "the C-MOVE failed before any sub-operation with " + outcome + "; a target that does not know the "
                    + "destination '" + destination + "' should answer A801 (PS3.4 C.4.2.1.4), so " + fix;
        }
        return new RetrieveReport(target, query, RetrieveReport.Operation.C_MOVE, destination, here, outcome,
                rsp == null ? null : ((CMoveRsp) rsp).subOperations(), pending,
                session == null ? List.of() : session.received(), failedList(last[0]), evidence, failure);
    }

    /**
     * A move SCP may send its final C-MOVE-RSP before it releases the sub-operation association (PS3.4 C.4.2.3
     * does not order them): wait a little for those to end, and return their traces for the evidence.
     */
    private List<AssociationTrace> awaitSubOperationAssociations() {
        List<AssociationTrace> traces = new ArrayList<>();
        long deadline = System.nanoTime() + SUB_OPERATION_CLOSE_WAIT.toNanos();
        for (var association : storage.liveAssociations()) {
            traces.add(association.trace());
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    association.awaitClosed(java.time.Duration.ofNanos(left));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return traces;
    }

    // ------------------------------------------------------------------------------------------ C-GET

    /** C-GET with the default storage contexts ({@link RetrieveOptions#defaults()}). */
    public RetrieveReport get(Target target, Query query) throws IOException {
        return get(target, query, RetrieveOptions.defaults());
    }

    /**
     * C-GET (PS3.4 C.4.3): proposes the Storage SOP Classes of {@code options} with the SCP role (SCP/SCU Role
     * Selection, PS3.7 D.3.3.4), so that the C-STORE sub-operations come on the same association.
     */
    public RetrieveReport get(Target target, Query query, RetrieveOptions options) throws IOException {
        String sop = query.model().getSopClass();
        AssociateRequestBuilder rq = Associations.request(local(), target).context(sop, NATIVE);
        for (String storageSop : options.sopClasses()) {
            if (options.contextPerSyntax()) {
                options.transferSyntaxes().forEach(ts -> rq.context(storageSop, ts));
            } else {
                rq.context(storageSop, options.transferSyntaxes());
            }
            rq.roleSelection(storageSop, false, true);
        }
        ServiceRegistry services = new ServiceRegistry().storeAny(receiver);
        DimseClient client;
        try {
            client = Associations.open(local(), target, rq, services);
        } catch (AssociationException e) {
            return new RetrieveReport(target, query, RetrieveReport.Operation.C_GET, null, true, null, null, List.of(),
                    List.of(), List.of(), List.of(AssociationEvidence.failed(Associations.name(local(), target), e)),
                    e.getMessage());
        }
        String refused = Associations.refusal(client, sop).orElse(null);
        if (refused != null) {
            return new RetrieveReport(target, query, RetrieveReport.Operation.C_GET, null, true, null, null, List.of(),
                    List.of(), List.of(), List.of(Associations.close(client)), refused);
        }
        StorageReceiver.Session session = receiver.openGet(client.association());
        List<SubOperations> pending = Collections.synchronizedList(new ArrayList<>());
        DimseResult result = null;
        String failure = null;
        try {
            result = client.get(sop, query.identifier(), r -> pending.add(r.subOperations()));
        } catch (IOException e) {
            failure = "no final C-GET-RSP: " + e.getMessage();
        } finally {
            receiver.close(session);
        }
        AssociationEvidence evidence = Associations.close(client);
        long scpRoles = options.sopClasses().stream()
                .filter(s -> client.association().acceptedRoleSelection(s).map(r -> r.scpRole()).orElse(false)).count();
        if (failure == null && scpRoles == 0 && session.received().isEmpty()) {
            failure = "the SCP accepted the SCP role for none of the " + options.sopClasses().size() + " Storage SOP "
                    + "Classes proposed, so it cannot send C-STORE sub-operations on this association (PS3.7 D.3.3.4)";
        }
        DimseOutcome outcome = result == null ? null : DimseOutcome.of(result.response(), sop);
        return new RetrieveReport(target, query, RetrieveReport.Operation.C_GET, null, true, outcome,
                result == null ? null : ((CGetRsp) result.response()).subOperations(), pending, session.received(),
                failedList(result == null ? null : result.dataSet()), List.of(evidence), failure);
    }

    private static List<String> failedList(Dataset ds) {
        if (ds == null || !ds.contains(Tags.FailedSOPInstanceUIDList)) {
            return List.of();
        }
        return List.of(ds.getStrings(Tags.FailedSOPInstanceUIDList));
    }

    // ------------------------------------------------------------------------------------------ verification

    /** Compares what a modality stored with what this viewer retrieved. */
    public VerificationReport verify(SendReport sent, RetrieveReport received, VerifyOptions options) {
        return Verifier.verify(ExpectedObject.stored(sent.objects()), received.received(), options);
    }

    /**
     * Whether what this viewer retrieved is the data set a modality stored, by SHA-256: of the bytes, else of the
     * canonical encoding ({@link VerifyOptions#dataSet()}); the report tells which instances were bit-identical.
     */
    public VerificationReport verify(SendReport sent, RetrieveReport received) {
        return verify(sent, received, VerifyOptions.dataSet());
    }

    public VerificationReport verify(List<ExpectedObject> sent, RetrieveReport received, VerifyOptions options) {
        return Verifier.verify(sent, received.received(), options);
    }

    /** Objects that arrived for no retrieve of this viewer. */
    public List<ReceivedObject> unsolicited() {
        return receiver.unsolicited();
    }

    @Override
    public synchronized void close() {
        if (storage != null) {
            storage.close();
            storage = null;
        }
    }
}
