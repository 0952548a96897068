package org.dicomharness.simulators.modality;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.net.dimse.CStoreRsp;
import org.dicomharness.dicom.net.dimse.DataSetWriter;
import org.dicomharness.dicom.net.dimse.DataSets;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.Priority;
import org.dicomharness.dicom.net.dimse.ServiceRegistry;
import org.dicomharness.dicom.net.pdu.PresentationContextResult;
import org.dicomharness.dicom.net.pdu.Uid;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationException;
import org.dicomharness.dicom.net.ul.PresentationContext;
import org.dicomharness.dicom.net.ul.State;
import org.dicomharness.simulators.AssociationEvidence;
import org.dicomharness.simulators.Associations;
import org.dicomharness.simulators.DimseOutcome;
import org.dicomharness.simulators.LocalAe;
import org.dicomharness.simulators.Target;

/**
 * Sends objects on one association (PS3.4 Annex B, Storage SOP Class SCU): proposes the contexts the
 * {@link ProposalPolicy} gives for the SOP Classes at hand, then picks for each object the accepted context in its
 * own syntax, else (fallback) one in a native syntax it can be re-encoded in without a codec.
 */
final class StorageSender {

    /** An object with what is needed to negotiate and choose a context, read before the association opens. */
    record Prepared(int index, Sendable source, String sopClassUid, String sopInstanceUid, Dataset header,
                    TransferSyntax ownSyntax, DicomFile file) {

        static Prepared of(int index, Sendable s) throws IOException {
            if (s instanceof Sendable.FileObject f) {
                DicomFile h = DataSets.header(f.path());
                String sop = h.fileMeta().getString(Tags.MediaStorageSOPClassUID, h.dataset().getString(Tags.SOPClassUID));
                String inst = h.fileMeta().getString(Tags.MediaStorageSOPInstanceUID,
                        h.dataset().getString(Tags.SOPInstanceUID));
                if (sop == null || inst == null) {
                    throw new IOException(f.path() + " has no SOP Class UID or SOP Instance UID (File Meta Information "
                            + "(0002,0002)/(0002,0003) or (0008,0016)/(0008,0018)); it cannot be sent");
                }
                return new Prepared(index, s, sop, inst, h.dataset(), h.transferSyntax(), h);
            }
            Sendable.DatasetObject d = (Sendable.DatasetObject) s;
            String sop = d.dataset().getString(Tags.SOPClassUID);
            String inst = d.dataset().getString(Tags.SOPInstanceUID);
            if (sop == null || inst == null) {
                throw new IOException("the data set has no SOP Class UID (0008,0016) or SOP Instance UID (0008,0018); "
                        + "it cannot be sent");
            }
            TransferSyntax own = TransferSyntax.of(d.transferSyntaxUid() == null ? Uids.ExplicitVRLittleEndian
                    : d.transferSyntaxUid());
            return new Prepared(index, s, sop, inst, d.dataset(), own, null);
        }

        /** Whether the object's data can go in any native syntax without a codec. */
        boolean nativeAvailable() {
            return !ownSyntax.encapsulated() || alternative() != null;
        }

        Dataset alternative() {
            return source instanceof Sendable.FileObject f ? f.nativeAlternative() : null;
        }
    }

    /** What one association did. */
    record Batch(List<SentObject> objects, AssociationEvidence association) {
    }

    private record Choice(PresentationContext context, DataSetWriter writer, Sendable sent, boolean fallback) {
    }

    private StorageSender() {
    }

    static Batch send(LocalAe local, Target target, List<Prepared> objects, ProposalPolicy policy, Priority priority,
                      int lane) {
        Map<String, Set<String>> own = new LinkedHashMap<>();
        for (Prepared p : objects) {
            own.computeIfAbsent(p.sopClassUid(), k -> new LinkedHashSet<>()).add(p.ownSyntax().uid());
        }
        AssociateRequestBuilder rq = Associations.request(local, target);
        policy.contexts(own).forEach(e -> rq.context(e.getKey(), e.getValue()));
        String name = Associations.name(local, target);
        DimseClient client;
        try {
            if (rq.contextCount() > 128) {
                throw new AssociationException(rq.contextCount() + " presentation contexts would be needed for "
                        + own.size() + " SOP Classes; PS3.8 9.3.2.2 allows 128: send fewer SOP Classes per association "
                        + "or propose one context per SOP Class (ProposalPolicy.withContextPerSyntax(false))");
            }
            client = Associations.open(local, target, rq, new ServiceRegistry());
        } catch (AssociationException e) {
            List<SentObject> failed = new ArrayList<>();
            objects.forEach(p -> failed.add(notSent(p, "association not established: " + e.getMessage(), null)));
            return new Batch(failed, AssociationEvidence.failed(name, e));
        }
        List<SentObject> results = new ArrayList<>();
        String associationName = client.association().trace().name() + " #" + (lane + 1);
        String ended = null;
        for (Prepared p : objects) {
            if (ended != null) {
                results.add(notSent(p, ended, associationName));
                continue;
            }
            Choice c = choose(client, p, policy);
            if (c == null) {
                results.add(notSent(p, refusal(client, p, policy), associationName));
                continue;
            }
            results.add(store(client, p, c, priority, associationName));
            State s = client.association().state();
            if (s != State.STA6) {
                ended = "association ended before this object: " + client.association().abortInfo()
                        .map(Object::toString).orElse("state " + s);
            }
        }
        return new Batch(results, Associations.close(client));
    }

    private static SentObject store(DimseClient client, Prepared p, Choice c, Priority priority, String association) {
        String ts = c.context().transferSyntax();
        DigestingWriter writer = new DigestingWriter(c.writer());
        try {
            CStoreRsp rsp = client.store(c.context(), p.sopClassUid(), p.sopInstanceUid(), writer, priority, null, null);
            DimseOutcome outcome = DimseOutcome.of(rsp, p.sopClassUid());
            String mismatch = rsp.affectedSopInstanceUid() != null && !rsp.affectedSopInstanceUid().equals(p.sopInstanceUid())
                    ? "the C-STORE-RSP names SOP Instance " + rsp.affectedSopInstanceUid() + ", not the one sent"
                    + " (PS3.7 9.3.1.2: Affected SOP Instance UID equals the request's)" : null;
            return new SentObject(p.index(), p.sopClassUid(), p.sopInstanceUid(), p.header(), p.source(), c.sent(),
                    p.ownSyntax().uid(), ts, c.context().id(), c.fallback(), outcome, mismatch, writer.sha256(),
                    writer.bytes(), association);
        } catch (IOException e) {
            return new SentObject(p.index(), p.sopClassUid(), p.sopInstanceUid(), p.header(), p.source(), c.sent(),
                    p.ownSyntax().uid(), ts, c.context().id(), c.fallback(), null, "no C-STORE-RSP: " + e.getMessage(),
                    writer.sha256(), writer.bytes(), association);
        }
    }

    private static SentObject notSent(Prepared p, String why, String association) {
        return new SentObject(p.index(), p.sopClassUid(), p.sopInstanceUid(), p.header(), p.source(), null,
                p.ownSyntax().uid(), null, 0, false, null, why, null, 0, association);
    }

    /** The context for an object: its own syntax when accepted, else (fallback) an accepted native syntax. */
    private static Choice choose(DimseClient client, Prepared p, ProposalPolicy policy) {
        var exact = client.association().findAcceptedContext(p.sopClassUid(), p.ownSyntax().uid());
        if (exact.isPresent()) {
            return new Choice(exact.get(), writer(p, null), p.source(), false);
        }
        if (!policy.fallback() || !p.nativeAvailable()) {
            return null;
        }
        for (PresentationContext pc : client.association().presentationContexts()) {
            if (pc.isAccepted() && pc.abstractSyntax().equals(p.sopClassUid())
                    && !TransferSyntax.of(pc.transferSyntax()).encapsulated()) {
                Dataset alt = p.ownSyntax().encapsulated() ? p.alternative() : null;
                return new Choice(pc, writer(p, alt), alt != null ? Sendable.dataset(alt) : p.source(), true);
            }
        }
        return null;
    }

    private static DataSetWriter writer(Prepared p, Dataset alternative) {
        if (alternative != null) {
            return DataSets.of(alternative);
        }
        if (p.source() instanceof Sendable.FileObject f) {
            return DataSets.ofFile(f.path(), p.file());
        }
        return DataSets.of(((Sendable.DatasetObject) p.source()).dataset());
    }

    /** Why no context fits: what was proposed for the SOP Class and how each was answered. */
    private static String refusal(DimseClient client, Prepared p, ProposalPolicy policy) {
        List<String> answers = new ArrayList<>();
        for (PresentationContext pc : client.association().presentationContexts()) {
            if (pc.abstractSyntax().equals(p.sopClassUid())) {
                answers.add("PC " + pc.id() + " " + pc.proposedTransferSyntaxes().stream().map(Uid::describe).toList()
                        + ": " + (pc.isAccepted() ? "accepted " + Uid.describe(pc.transferSyntax())
                        : PresentationContextResult.describe(pc.result())));
            }
        }
        String why = "no accepted presentation context for " + Uid.describe(p.sopClassUid()) + " in "
                + Uid.describe(p.ownSyntax().uid());
        if (!policy.fallback()) {
            why += " and fallback is off";
        } else if (!p.nativeAvailable()) {
            why += "; no fallback: the object is compressed and has no native alternative (no codec here)";
        } else {
            why += " nor in a native syntax";
        }
        return why + " (PS3.8 Table 9-18): " + (answers.isEmpty() ? "none proposed" : String.join("; ", answers));
    }
}
