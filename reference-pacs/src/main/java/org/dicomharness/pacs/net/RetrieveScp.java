package org.dicomharness.pacs.net;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.BulkDataPolicy;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.ReadOptions;
import org.dicomharness.dicom.net.dimse.CGetRq;
import org.dicomharness.dicom.net.dimse.CGetScp;
import org.dicomharness.dicom.net.dimse.CMoveRq;
import org.dicomharness.dicom.net.dimse.CMoveScp;
import org.dicomharness.dicom.net.dimse.CStoreRq;
import org.dicomharness.dicom.net.dimse.DataSetWriter;
import org.dicomharness.dicom.net.dimse.DataSets;
import org.dicomharness.dicom.net.dimse.DimseChannel;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.Outcome;
import org.dicomharness.dicom.net.dimse.Priority;
import org.dicomharness.dicom.net.dimse.ScpContext;
import org.dicomharness.dicom.net.dimse.Status;
import org.dicomharness.dicom.net.dimse.StatusCategory;
import org.dicomharness.dicom.net.dimse.SubOperations;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.PresentationContext;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.config.RemoteAe;
import org.dicomharness.pacs.index.IndexException;
import org.dicomharness.pacs.index.PacsEvent.Kind;
import org.dicomharness.pacs.index.StoredInstance;
import org.dicomharness.pacs.monitor.PacsMetrics;
import org.dicomharness.pacs.query.InformationModel;
import org.dicomharness.pacs.query.QueryException;

/**
 * The Query/Retrieve C-MOVE and C-GET SCPs (PS3.4 C.4.2, C.4.3). C-MOVE opens an association to the Move
 * Destination, known only by configuration (an unknown AE title is answered with A801 at once); C-GET stores on
 * the requestor's own association. Each sub-operation reports Pending with the counts; the final response carries
 * the counts and, when some failed, the Failed SOP Instance UID List (C.4.2.1.4) with status B000 (some failed) or
 * A702 (all failed). Failures are recorded as events. Each object goes out with the Patient attributes of the patient
 * its study is filed under now (after merges and updates), streamed from its file when nothing changed.
 */
final class RetrieveScp implements CMoveScp, CGetScp {

    /** Values larger than this stay in the stored file while an object is coerced (64 KiB). */
    private static final long BULK_DATA_THRESHOLD = 64 * 1024;

    private final Archive archive;
    private final AssociationRequestor requestor;
    private final PacsMetrics metrics;

    RetrieveScp(Archive archive, AssociationRequestor requestor, PacsMetrics metrics) {
        this.archive = archive;
        this.requestor = requestor;
        this.metrics = metrics;
    }

    @Override
    public Outcome move(ScpContext context, CMoveRq rq, Dataset identifier) throws IOException {
        Outcome outcome = retrieve(context, rq.affectedSopClassUid(), identifier, rq.moveDestination());
        metrics.operation("C-MOVE", outcome.status());
        return outcome;
    }

    @Override
    public Outcome get(ScpContext context, CGetRq rq, Dataset identifier) throws IOException {
        Outcome outcome = retrieve(context, rq.affectedSopClassUid(), identifier, null);
        metrics.operation("C-GET", outcome.status());
        return outcome;
    }

    private Outcome retrieve(ScpContext context, String sopClass, Dataset identifier, String destination)
            throws IOException {
        List<StoredInstance> matched;
        try {
            matched = archive.queries().retrieve(InformationModel.ofSopClass(sopClass), identifier);
        } catch (QueryException e) {
            return Outcome.failure(e.status(), ErrorComments.fit(e.getMessage()));
        } catch (IndexException e) {
            return Outcome.failure(0xA701, ErrorComments.fit("index unavailable: " + e.getMessage()));
        }
        DimseClient remote = null;
        if (destination != null) {
            RemoteAe ae = archive.config().remoteAes().get(destination);
            if (ae == null) {
                context.association().trace().note("C-MOVE: Move Destination '" + destination
                        + "' is not configured (remoteAes in the PACS configuration)");
                return Outcome.failure(Status.MOVE_DESTINATION_UNKNOWN, ErrorComments.fit(
                        "Move Destination " + destination + " unknown to this PACS"));
            }
            if (matched.isEmpty()) {
                return Outcome.success().withSubOperations(SubOperations.of(0, 0, 0, 0));
            }
            try {
                remote = DimseClient.open(requestor, ae.host(), ae.port(), proposal(destination, matched));
            } catch (IOException e) {
                String why = "cannot open an association to " + destination + " at " + ae.host() + ":" + ae.port()
                        + ": " + e.getMessage();
                archive.events().record(Kind.MOVE_SUBOPERATION_FAILED, context.association().callingAeTitle(), null,
                        matched.get(0).studyInstanceUid(), why);
                return Outcome.failure(0xA801, ErrorComments.fit("Move Destination unreachable: " + destination));
            }
        }
        try {
            return subOperations(context, remote, matched, destination);
        } finally {
            if (remote != null) {
                remote.close();
            }
        }
    }

    private Outcome subOperations(ScpContext context, DimseClient remote, List<StoredInstance> matched,
                                  String destination) throws IOException {
        int completed = 0;
        int failed = 0;
        int warning = 0;
        List<String> failedUids = new ArrayList<>();
        for (int i = 0; i < matched.size(); i++) {
            if (context.isCancelled()) {
                return Outcome.of(Status.CANCEL).withSubOperations(
                        SubOperations.of(matched.size() - i, completed, failed, warning))
                        .withDataSet(failedList(failedUids));
            }
            StoredInstance instance = matched.get(i);
            int status;
            String why;
            try {
                status = subOperation(context, remote, instance);
                why = "status " + String.format("%04X", status);
            } catch (IOException e) {
                status = 0xA702;
                why = e.getMessage();
            }
            StatusCategory category = StatusCategory.of(status);
            if (category == StatusCategory.SUCCESS) {
                completed++;
            } else if (category == StatusCategory.WARNING) {
                warning++;
            } else {
                failed++;
                failedUids.add(instance.sopInstanceUid());
                archive.events().record(Kind.MOVE_SUBOPERATION_FAILED, context.association().callingAeTitle(),
                        instance.sopInstanceUid(), instance.studyInstanceUid(),
                        (destination == null ? "C-GET" : "C-MOVE to " + destination) + " sub-operation failed: " + why);
            }
            context.pendingSubOperations(SubOperations.of(matched.size() - i - 1, completed, failed, warning));
        }
        SubOperations counts = new SubOperations(null, completed, failed, warning);
        if (failed == 0 && warning == 0) {
            return Outcome.success().withSubOperations(counts);
        }
        // C.4.2.1.5: A702 when every sub-operation failed, B000 when some did (or completed with warnings).
        int status = completed + warning == 0 ? 0xA702 : Status.SUB_OPERATIONS_WARNING;
        return Outcome.of(status).withSubOperations(counts).withDataSet(failedList(failedUids));
    }

    private int subOperation(ScpContext context, DimseClient remote, StoredInstance instance) throws IOException {
        Path file = archive.store().resolve(instance.filePath());
        if (remote != null) {
            Optional<PresentationContext> pc = acceptedContext(remote.association(), instance, file);
            if (pc.isEmpty()) {
                context.association().trace().note("C-MOVE: the destination accepted no context for "
                        + instance.sopClassUid() + " in " + instance.transferSyntaxUid());
                return Status.SOP_CLASS_NOT_SUPPORTED;
            }
            return remote.store(pc.get(), instance.sopClassUid(), instance.sopInstanceUid(), current(context, instance,
                    file, pc.get()), Priority.MEDIUM, context.association().callingAeTitle(),
                    context.request().messageId()).status();
        }
        Optional<PresentationContext> pc = acceptedContext(context.association(), instance, file);
        if (pc.isEmpty()) {
            context.association().trace().note("C-GET: no storage context with the SCP role accepted for "
                    + instance.sopClassUid() + " in " + instance.transferSyntaxUid());
            return 0xA702;
        }
        DimseChannel channel = context.channel();
        CStoreRq store = new CStoreRq(channel.nextMessageId(), instance.sopClassUid(), instance.sopInstanceUid());
        return channel.invoke(pc.get(), store, current(context, instance, file, pc.get()), null).await().status();
    }

    /**
     * The object as it must go out now: the stored file, streamed as it is, when nothing changed since it arrived;
     * otherwise the data set with the current Patient attributes and Accession Number after an ADT^A08 / A40 or an
     * order change, re-encoded with the replaced values in the Original Attributes Sequence (the
     * {@link org.dicomharness.pacs.reconcile.RetrieveCoercion}). Pixel Data stays in the file either way: the data set
     * is read with bulk data by reference.
     */
    private DataSetWriter current(ScpContext context, StoredInstance instance, Path file, PresentationContext pc)
            throws IOException {
        DicomFile stored = Part10Reader.read(file, ReadOptions.defaults().withBulkData(BulkDataPolicy.REFERENCE)
                .withBulkDataThreshold(BULK_DATA_THRESHOLD));
        Dataset now;
        try {
            now = archive.retrieveCoercion().apply(instance, stored.dataset());
        } catch (IndexException e) {
            throw new IOException("cannot read the current patient of " + instance.sopInstanceUid() + ": "
                    + e.getMessage(), e);
        }
        if (now == stored.dataset()) {
            return dataSet(file, stored, pc);
        }
        context.association().trace().note("retrieve: " + instance.sopInstanceUid() + " goes out with the current "
                + "patient and accession attributes, the stored values in the Original Attributes Sequence");
        return DataSets.of(now);
    }

    /**
     * The stored syntax when accepted; for native objects any accepted native syntax (we transcode those); for a
     * native object without Pixel Data also an encapsulated syntax, which encodes such a data set exactly as
     * Explicit VR Little Endian does (PS3.5 A.4: only Pixel Data is encapsulated). A viewer that proposes JPEG first
     * for every storage class (getscu +xs) thus still gets its SR and PDF objects.
     */
    private static Optional<PresentationContext> acceptedContext(org.dicomharness.dicom.net.ul.Association a,
                                                                 StoredInstance instance, Path file)
            throws IOException {
        Optional<PresentationContext> exact = a.findAcceptedContext(instance.sopClassUid(),
                instance.transferSyntaxUid());
        if (exact.isPresent() || TransferSyntax.of(instance.transferSyntaxUid()).encapsulated()) {
            return exact;
        }
        Optional<PresentationContext> nativeContext = accepted(a, instance, false);
        if (nativeContext.isPresent()) {
            return nativeContext;
        }
        Optional<PresentationContext> encapsulated = accepted(a, instance, true);
        return encapsulated.isPresent() && !hasPixelData(file) ? encapsulated : Optional.empty();
    }

    private static Optional<PresentationContext> accepted(org.dicomharness.dicom.net.ul.Association a,
                                                          StoredInstance instance, boolean encapsulated) {
        return a.presentationContexts().stream()
                .filter(pc -> pc.isAccepted() && pc.abstractSyntax().equals(instance.sopClassUid())
                        && TransferSyntax.of(pc.transferSyntax()).encapsulated() == encapsulated)
                .findFirst();
    }

    private static boolean hasPixelData(Path file) throws IOException {
        return Part10Reader.read(file, ReadOptions.defaults().withBulkData(BulkDataPolicy.REFERENCE)
                .withBulkDataThreshold(64 * 1024)).dataset().contains(Tags.PixelData);
    }

    /**
     * The stored data set in the context's syntax: as it is when the syntaxes match, re-encoded between native
     * syntaxes, and for a native object without Pixel Data on an encapsulated context, in that context's Explicit VR
     * Little Endian encoding (the stored bytes themselves when stored in Explicit VR Little Endian).
     */
    private static DataSetWriter dataSet(Path file, DicomFile header, PresentationContext pc) {
        TransferSyntax target = TransferSyntax.of(pc.transferSyntax());
        if (!target.encapsulated() || header.transferSyntax().encapsulated()) {
            return DataSets.ofFile(file, header);
        }
        if (header.transferSyntax().equals(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)) {
            return DataSets.ofFile(file, new DicomFile(header.preamble(), header.fileMeta(), header.dataset(), target,
                    header.datasetOffset(), header.diagnostics()));
        }
        return (out, ts) -> DataSets.of(Part10Reader.read(file, ReadOptions.defaults()
                .withBulkData(BulkDataPolicy.REFERENCE).withBulkDataThreshold(64 * 1024)).dataset()).write(out, ts);
    }

    private org.dicomharness.dicom.net.pdu.AAssociateRq proposal(String destination, List<StoredInstance> matched) {
        AssociateRequestBuilder rq = AssociateRequestBuilder.of(archive.config().aeTitle(), destination);
        Set<String> proposed = new LinkedHashSet<>();
        for (StoredInstance s : matched) {
            if (proposed.add(s.sopClassUid() + "|" + s.transferSyntaxUid())) {
                rq.context(s.sopClassUid(), s.transferSyntaxUid());
            }
            if (!TransferSyntax.of(s.transferSyntaxUid()).encapsulated() && proposed.add(s.sopClassUid() + "|native")) {
                rq.context(s.sopClassUid(), Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian);
            }
        }
        return rq.build();
    }

    private static Dataset failedList(List<String> uids) {
        if (uids.isEmpty()) {
            return null;
        }
        Dataset ds = new Dataset();
        ds.setString(Tags.FailedSOPInstanceUIDList, uids.toArray(String[]::new));
        return ds;
    }
}
