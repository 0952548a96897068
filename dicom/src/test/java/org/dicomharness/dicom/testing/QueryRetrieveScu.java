package org.dicomharness.dicom.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.CFindRsp;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.dimse.DimseResult;
import org.dicomharness.dicom.net.dimse.ServiceRegistry;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationRequestor;

/** Our SCU's Query/Retrieve as the interop tests use it against dcmqrscp and Orthanc. */
public final class QueryRetrieveScu {

    private QueryRetrieveScu() {
    }

    /** An identifier: QueryRetrieveLevel, the given matching keys, and empty return keys. */
    public static Dataset identifier(String level, Map<Integer, String> match, int... returnKeys) {
        Dataset ds = new Dataset();
        ds.setString(Tags.QueryRetrieveLevel, level);
        match.forEach((tag, value) -> ds.setString(tag, value));
        for (int t : returnKeys) {
            if (!ds.contains(t)) {
                ds.put(t, org.dicomharness.dicom.dict.ElementDictionary.standard().lookup(t).map(e -> e.vrs().get(0))
                        .orElse(VR.UN), ByteValue.wrap(new byte[0]));
            }
        }
        return ds;
    }

    /** One C-FIND on a new association; returns the matches (and fails on a non-success final status). */
    public static List<Dataset> find(String host, int port, String called, String model, Dataset keys) throws IOException {
        var rq = AssociateRequestBuilder.of("HARNESS", called).context(model, Uids.ExplicitVRLittleEndian,
                Uids.ImplicitVRLittleEndian).build();
        List<Dataset> matches = new ArrayList<>();
        try (DimseClient client = DimseClient.open(new AssociationRequestor(), host, port, rq)) {
            CFindRsp rsp;
            try {
                rsp = client.find(model, keys, matches::add);
            } catch (IOException e) {
                throw new IOException(e.getMessage() + "\n" + client.association().trace().toText(), e);
            }
            if (rsp.status() != 0) {
                throw new AssertionError(String.format("C-FIND final status %04X %s", rsp.status(), rsp.detail()));
            }
        }
        return matches;
    }

    /**
     * A C-GET that receives the instances on its own association into {@code into}: a storage context for
     * each of {@code sopClasses} in each of {@code syntaxes}, with the SCP role proposed (PS3.7 D.3.3.4).
     */
    public static DimseResult get(String host, int port, String called, String model, Dataset keys, Path into,
                                  List<String> sopClasses, List<String> syntaxes, List<TestScp.Stored> received)
            throws IOException {
        AssociateRequestBuilder rq = AssociateRequestBuilder.of("HARNESS", called)
                .context(model, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian);
        for (String sop : sopClasses) {
            // One context per syntax, so that the retriever can send each instance as it is stored.
            for (String ts : syntaxes) {
                rq.context(sop, ts);
            }
            rq.roleSelection(sop, false, true);
        }
        ServiceRegistry services = new ServiceRegistry().storeAny((ctx, store, in) -> {
            Path file = into.resolve(store.affectedSopInstanceUid() + ".dcm");
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            received.add(new TestScp.Stored(file, store.affectedSopClassUid(), store.affectedSopInstanceUid(),
                    ctx.presentationContext().transferSyntax(), ctx.association().calledAeTitle(), null));
            return org.dicomharness.dicom.net.dimse.Outcome.success();
        });
        try (DimseClient client = DimseClient.open(new AssociationRequestor(), host, port, rq.build(), services,
                DimseOptions.defaults())) {
            try {
                return client.get(model, keys, null);
            } catch (IOException e) {
                throw new IOException(e.getMessage() + "\n" + client.association().trace().toText(), e);
            }
        }
    }

    /** A C-MOVE on a new association. */
    public static DimseResult move(String host, int port, String called, String model, String destination,
                                   Dataset keys) throws IOException {
        var rq = AssociateRequestBuilder.of("HARNESS", called).context(model, Uids.ExplicitVRLittleEndian,
                Uids.ImplicitVRLittleEndian).build();
        try (DimseClient client = DimseClient.open(new AssociationRequestor(), host, port, rq)) {
            try {
                return client.move(model, destination, keys, null);
            } catch (IOException e) {
                throw new IOException(e.getMessage() + "\n" + client.association().trace().toText(), e);
            }
        }
    }
}
