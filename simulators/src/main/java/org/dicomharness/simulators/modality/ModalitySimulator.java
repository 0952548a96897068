package org.dicomharness.simulators.modality;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.dicomharness.dicom.Uid;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.CFindRsp;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseResult;
import org.dicomharness.dicom.net.dimse.NCreateRsp;
import org.dicomharness.dicom.net.dimse.ServiceRegistry;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.Association;
import org.dicomharness.dicom.net.ul.AssociationException;
import org.dicomharness.simulators.AssociationEvidence;
import org.dicomharness.simulators.Associations;
import org.dicomharness.simulators.CodedEntry;
import org.dicomharness.simulators.DimseOutcome;
import org.dicomharness.simulators.LocalAe;
import org.dicomharness.simulators.Target;

/**
 * A simulated acquisition modality (IHE Scheduled Workflow, Acquisition Modality actor): queries the Modality
 * Worklist (RAD-5), reports the Performed Procedure Step (RAD-6, RAD-7), stores its images with the presentation
 * contexts and fallback its {@link ProposalPolicy} says, over one or several associations (RAD-8), and requests
 * storage commitment (RAD-10), waiting for the report on the same association or on its own listening SCP.
 *
 * <p>Every operation opens its own association, as modalities do, and returns a result record with the DIMSE
 * statuses and the association's PDU trace. Nothing throws for a refusal by the peer: that is a result.
 */
public final class ModalitySimulator implements AutoCloseable {

    private static final List<String> NATIVE = List.of(Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian);
    private static final DateTimeFormatter PPS_ID = DateTimeFormatter.ofPattern("yyMMddHHmmss");

    private final ModalityConfig config;
    private final CommitmentReports reports = new CommitmentReports();
    private final AtomicInteger ppsCounter = new AtomicInteger();
    private ModalityListener listener;

    public ModalitySimulator(ModalityConfig config) {
        this.config = config;
    }

    public ModalityConfig config() {
        return config;
    }

    private LocalAe local() {
        return config.local();
    }

    // ------------------------------------------------------------------------------------------ own SCP

    /**
     * Starts the modality's SCP (idempotent), which receives storage commitment reports sent on a new association.
     *
     * @return this AE as the target a PACS must know (AE title, host, port)
     */
    public synchronized Target startListener() throws IOException {
        if (listener == null) {
            listener = ModalityListener.start(local(), config.listenHost(), config.listenPort(), reports);
        }
        return listener.self();
    }

    /** The listening AE, when started. */
    public synchronized Optional<Target> listener() {
        return Optional.ofNullable(listener).map(ModalityListener::self);
    }

    // ------------------------------------------------------------------------------------------ worklist

    /** Modality Worklist C-FIND (PS3.4 K.4.1). */
    public WorklistResult queryWorklist(Target target, WorklistQuery query) {
        String sop = Uids.ModalityWorklistInformationModelFind;
        AssociateRequestBuilder rq = Associations.request(local(), target).context(sop, NATIVE);
        DimseClient client;
        try {
            client = Associations.open(local(), target, rq, new ServiceRegistry());
        } catch (AssociationException e) {
            return new WorklistResult(target, query, List.of(), null,
                    AssociationEvidence.failed(Associations.name(local(), target), e), e.getMessage());
        }
        List<WorklistItem> items = Collections.synchronizedList(new ArrayList<>());
        DimseOutcome outcome = null;
        String failure = Associations.refusal(client, sop).orElse(null);
        if (failure != null) {
            return new WorklistResult(target, query, List.of(), null, Associations.close(client), failure);
        }
        try {
            CFindRsp rsp = client.find(sop, query.toIdentifier(), ds -> items.add(new WorklistItem(ds)));
            outcome = DimseOutcome.of(rsp, sop);
        } catch (IOException e) {
            failure = "no final C-FIND-RSP: " + e.getMessage();
        }
        return new WorklistResult(target, query, items, outcome, Associations.close(client), failure);
    }

    // ------------------------------------------------------------------------------------------ MPPS

    /** N-CREATE of a Performed Procedure Step IN PROGRESS for a worklist item. */
    public MppsInProgress startProcedure(Target target, WorklistItem item) {
        return startProcedure(target, Procedure.scheduled(item, "OT"));
    }

    /** N-CREATE of a Performed Procedure Step IN PROGRESS (PS3.4 F.7.2.1), with an SOP Instance UID of ours. */
    public MppsInProgress startProcedure(Target target, Procedure procedure) {
        LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        String ppsId = start.format(PPS_ID) + String.format("%04d", ppsCounter.incrementAndGet() % 10_000);
        String uid = Uid.random();
        Dataset request = MppsMessages.create(procedure, ppsId, start, local().aeTitle(), config.stationName());
        String sop = Uids.ModalityPerformedProcedureStep;
        DimseClient client;
        try {
            client = Associations.open(local(), target, Associations.request(local(), target).context(sop, NATIVE),
                    new ServiceRegistry());
        } catch (AssociationException e) {
            return new MppsInProgress(target, uid, ppsId, start, procedure, request, null,
                    AssociationEvidence.failed(Associations.name(local(), target), e), e.getMessage());
        }
        DimseOutcome outcome = null;
        String failure = Associations.refusal(client, sop).orElse(null);
        if (failure != null) {
            return new MppsInProgress(target, uid, ppsId, start, procedure, request, null, Associations.close(client),
                    failure);
        }
        try {
            DimseResult r = client.nCreate(sop, uid, request);
            outcome = DimseOutcome.of(r.response(), sop);
            String assigned = ((NCreateRsp) r.response()).affectedSopInstanceUid();
            if (assigned != null && !assigned.isEmpty() && !assigned.equals(uid)) {
                failure = "the N-CREATE-RSP names SOP Instance " + assigned + ", not the " + uid + " requested "
                        + "(PS3.7 10.1.5.1.4: the SCP may only assign one when the request has none)";
            }
        } catch (IOException e) {
            failure = "no N-CREATE-RSP: " + e.getMessage();
        }
        return new MppsInProgress(target, uid, ppsId, start, procedure, request, outcome, Associations.close(client),
                failure);
    }

    /** N-SET COMPLETED with the series of {@code sent} (PS3.4 F.7.2.2). */
    public MppsFinal completeProcedure(Target target, MppsInProgress step, SendReport sent) {
        return finish(target, step, MppsFinal.COMPLETED, sent.performedSeries(sent.target().aeTitle()), null);
    }

    public MppsFinal completeProcedure(Target target, MppsInProgress step, List<PerformedSeries> series) {
        return finish(target, step, MppsFinal.COMPLETED, series, null);
    }

    /** N-SET DISCONTINUED, listing what was sent before stopping, with a reason from PS3.16 CID 9300. */
    public MppsFinal discontinueProcedure(Target target, MppsInProgress step, List<PerformedSeries> series,
                                         CodedEntry reason) {
        return finish(target, step, MppsFinal.DISCONTINUED, series, reason == null ? CodedEntry.DISCONTINUED_UNSPECIFIED
                : reason);
    }

    private MppsFinal finish(Target target, MppsInProgress step, String status, List<PerformedSeries> series,
                             CodedEntry reason) {
        LocalDateTime end = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        if (end.isBefore(step.start())) {
            end = step.start();
        }
        Dataset request = MppsMessages.finish(status, end, series, reason);
        String sop = Uids.ModalityPerformedProcedureStep;
        DimseClient client;
        try {
            client = Associations.open(local(), target, Associations.request(local(), target).context(sop, NATIVE),
                    new ServiceRegistry());
        } catch (AssociationException e) {
            return new MppsFinal(target, step.sopInstanceUid(), status, series, request, null,
                    AssociationEvidence.failed(Associations.name(local(), target), e), e.getMessage());
        }
        DimseOutcome outcome = null;
        String failure = Associations.refusal(client, sop).orElse(null);
        if (failure != null) {
            return new MppsFinal(target, step.sopInstanceUid(), status, series, request, null,
                    Associations.close(client), failure);
        }
        try {
            outcome = DimseOutcome.of(client.nSet(sop, step.sopInstanceUid(), request).response(), sop);
        } catch (IOException e) {
            failure = "no N-SET-RSP: " + e.getMessage();
        }
        return new MppsFinal(target, step.sopInstanceUid(), status, series, request, outcome,
                Associations.close(client), failure);
    }

    // ------------------------------------------------------------------------------------------ storage

    public SendReport sendFiles(Target target, List<Path> files) {
        return send(target, files.stream().map(Sendable::file).toList(), SendOptions.defaults());
    }

    public SendReport sendDatasets(Target target, List<Dataset> datasets) {
        return send(target, datasets.stream().map(Sendable::dataset).toList(), SendOptions.defaults());
    }

    /**
     * C-STORE of every object, dealt out in turn over {@code options.associations()} parallel associations. Objects
     * that cannot be read are reported as not sent; the others go as the proposal policy and the acceptor allow.
     */
    public SendReport send(Target target, List<Sendable> objects, SendOptions options) {
        long started = System.nanoTime();
        List<SentObject> results = new ArrayList<>(Collections.nCopies(objects.size(), (SentObject) null));
        int lanes = Math.max(1, Math.min(options.associations(), objects.size()));
        List<List<StorageSender.Prepared>> batches = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            batches.add(new ArrayList<>());
        }
        for (int i = 0; i < objects.size(); i++) {
            try {
                batches.get(i % lanes).add(StorageSender.Prepared.of(i, objects.get(i)));
            } catch (IOException | RuntimeException e) {
                results.set(i, new SentObject(i, "", "", new Dataset(), objects.get(i), null, null, null, 0, false,
                        null, "cannot read the object: " + e.getMessage(), null, 0, null));
            }
        }
        batches.removeIf(List::isEmpty);
        List<AssociationEvidence> evidence = new ArrayList<>();
        if (batches.size() == 1) {
            record(StorageSender.send(local(), target, batches.get(0), config.proposals(), options.priority(), 0),
                    results, evidence);
        } else if (!batches.isEmpty()) {
            ExecutorService pool = Executors.newFixedThreadPool(batches.size(), r -> {
                Thread t = new Thread(r, "modality-store " + local().aeTitle());
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<StorageSender.Batch>> futures = new ArrayList<>();
                for (int lane = 0; lane < batches.size(); lane++) {
                    List<StorageSender.Prepared> b = batches.get(lane);
                    int n = lane;
                    futures.add(pool.submit(() -> StorageSender.send(local(), target, b, config.proposals(),
                            options.priority(), n)));
                }
                for (Future<StorageSender.Batch> f : futures) {
                    record(f.get(), results, evidence);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a storage sender failed unexpectedly: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == null) {
                results.set(i, new SentObject(i, "", "", new Dataset(), objects.get(i), null, null, null, 0, false, null,
                        "interrupted before it was sent", null, 0, null));
            }
        }
        return new SendReport(target, results, evidence, Duration.ofNanos(System.nanoTime() - started));
    }

    private static void record(StorageSender.Batch batch, List<SentObject> results, List<AssociationEvidence> evidence) {
        batch.objects().forEach(o -> results.set(o.index(), o));
        evidence.add(batch.association());
    }

    // ------------------------------------------------------------------------------------------ commitment

    /** Requests commitment for the objects {@code sent} stored (Success or Warning). */
    public CommitmentResult requestCommitment(Target target, SendReport sent, CommitmentOptions options) {
        return requestCommitment(target, sent.stored().stream()
                .map(o -> new SopReference(o.sopClassUid(), o.sopInstanceUid())).toList(), options);
    }

    /**
     * Storage Commitment Push Model N-ACTION (PS3.4 J.3.2, Action Type 1), then waits for the N-EVENT-REPORT: on the
     * N-ACTION association for {@link CommitmentOptions#sameAssociationWait()}, then released, on a new association
     * to this modality's SCP ({@link #startListener()}) until {@link CommitmentOptions#timeout()}.
     */
    public CommitmentResult requestCommitment(Target target, List<SopReference> objects, CommitmentOptions options) {
        String tx = Uid.random();
        String sop = Uids.StorageCommitmentPushModel;
        CompletableFuture<CommitmentReports.Report> expected = reports.expect(tx);
        try {
            ServiceRegistry services = new ServiceRegistry().eventReport(sop,
                    reports.handler(CommitmentResult.Delivery.SAME_ASSOCIATION));
            DimseClient client;
            try {
                client = Associations.open(local(), target, Associations.request(local(), target).context(sop, NATIVE),
                        services);
            } catch (AssociationException e) {
                return commitment(target, tx, objects, null, null, List.of(AssociationEvidence.failed(
                        Associations.name(local(), target), e)), e.getMessage());
            }
            String refused = Associations.refusal(client, sop).orElse(null);
            if (refused != null) {
                return commitment(target, tx, objects, null, null, List.of(Associations.close(client)), refused);
            }
            Dataset info = new Dataset();
            info.setString(Tags.TransactionUID, VR.UI, tx);
            Sequence refs = info.newSequence(Tags.ReferencedSOPSequence);
            objects.forEach(o -> o.writeTo(refs.addItem()));
            DimseOutcome action;
            try {
                action = DimseOutcome.of(client.nAction(sop, Uids.StorageCommitmentPushModelInstance, 1, info)
                        .response(), sop);
            } catch (IOException e) {
                return commitment(target, tx, objects, null, null, List.of(Associations.close(client)),
                        "no N-ACTION-RSP: " + e.getMessage());
            }
            if (!action.isSuccess()) {
                return commitment(target, tx, objects, action, null, List.of(Associations.close(client)),
                        "the N-ACTION was refused: " + action);
            }
            long deadline = System.nanoTime() + options.timeout().toNanos();
            CommitmentReports.Report report = await(expected, options.sameAssociationWait());
            AssociationEvidence actionAssociation = Associations.close(client);
            if (report == null) {
                boolean listening = listener().isPresent();
                if (!listening) {
                    return commitment(target, tx, objects, action, null, List.of(actionAssociation), "no "
                            + "N-EVENT-REPORT on the N-ACTION association within " + options.sameAssociationWait()
                            .toMillis() + " ms, and this modality's SCP is not listening for one on a new association "
                            + "(start it with startListener() and give the SCP our AE, host and port)");
                }
                report = await(expected, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            }
            if (report == null) {
                return commitment(target, tx, objects, action, null, List.of(actionAssociation), "no N-EVENT-REPORT "
                        + "for transaction " + tx + " within " + options.timeout().toMillis() + " ms, neither on the "
                        + "N-ACTION association nor on a new association to " + listener().map(Target::toString)
                        .orElse("(no listener)"));
            }
            List<AssociationEvidence> evidence = new ArrayList<>(List.of(actionAssociation));
            if (report.delivery() == CommitmentResult.Delivery.NEW_ASSOCIATION) {
                evidence.add(settled(report.association()));
            }
            return commitment(target, tx, objects, action, report, evidence, null);
        } finally {
            reports.forget(tx);
        }
    }

    private static CommitmentResult commitment(Target target, String tx, List<SopReference> requested,
                                               DimseOutcome action, CommitmentReports.Report report,
                                               List<AssociationEvidence> evidence, String failure) {
        if (report == null) {
            return new CommitmentResult(target, tx, requested, action, null, List.of(), List.of(), null,
                    CommitmentResult.Delivery.NOT_RECEIVED, evidence, failure);
        }
        return new CommitmentResult(target, tx, requested, action, report.eventTypeId(), report.committed(),
                report.failed(), report.retrieveAeTitle(), report.delivery(), evidence, failure);
    }

    private static CommitmentReports.Report await(CompletableFuture<CommitmentReports.Report> f, Duration wait) {
        try {
            return wait.isZero() ? f.getNow(null) : f.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    /** The evidence of an association the SCP opened to us, once it ended (bounded wait). */
    private static AssociationEvidence settled(Association a) {
        try {
            a.awaitClosed(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return AssociationEvidence.of(a);
    }

    // ------------------------------------------------------------------------------------------ workflow

    /** The whole acquisition: see {@link Workflow}. */
    public WorkflowResult runWorkflow(WorkflowPlan plan) {
        return new Workflow(this, plan).run();
    }

    @Override
    public synchronized void close() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
    }
}
