package org.dicomharness.dicom.testing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.DicomWriter;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.dicom.net.dimse.CStoreRsp;
import org.dicomharness.dicom.net.dimse.DataSets;
import org.dicomharness.dicom.net.dimse.DimseChannel;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.dimse.Outcome;
import org.dicomharness.dicom.net.dimse.Priority;
import org.dicomharness.dicom.net.dimse.ScpContext;
import org.dicomharness.dicom.net.dimse.ServiceRegistry;
import org.dicomharness.dicom.net.dimse.Status;
import org.dicomharness.dicom.net.dimse.StatusCategory;
import org.dicomharness.dicom.net.dimse.SubOperations;
import org.dicomharness.dicom.net.pdu.Uid;
import org.dicomharness.dicom.net.tls.TlsConfig;
import org.dicomharness.dicom.net.ul.AcceptorConfig;
import org.dicomharness.dicom.net.ul.AcceptorPolicy;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationAcceptor;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.Negotiator;
import org.dicomharness.dicom.net.ul.PresentationContext;
import org.dicomharness.dicom.net.ul.Timeouts;

/**
 * A minimal SCP for interop tests (the reference PACS is its own module): Verification; Storage of every SOP
 * Class in every syntax {@link SyntaxSamples} knows, streamed to Part 10 files; Patient and Study Root
 * C-FIND/C-MOVE/C-GET over what it stored, with simple matching (single values, wildcards, UID lists,
 * date ranges).
 */
public final class TestScp implements AutoCloseable {

    /** One stored instance and the attributes (all but Pixel Data) it is matched on. */
    public record Stored(Path file, String sopClassUid, String sopInstanceUid, String transferSyntaxUid,
                         String callingAeTitle, Dataset attributes) {
    }

    public static final List<String> QR_MODELS = List.of(
            Uids.PatientRootQueryRetrieveInformationModelFind, Uids.PatientRootQueryRetrieveInformationModelMove,
            Uids.PatientRootQueryRetrieveInformationModelGet, Uids.StudyRootQueryRetrieveInformationModelFind,
            Uids.StudyRootQueryRetrieveInformationModelMove, Uids.StudyRootQueryRetrieveInformationModelGet);

    /** Storage syntaxes in preference order: compressed ones first (kept as they are), then native. */
    public static final List<String> STORAGE_SYNTAXES;

    static {
        List<String> s = new ArrayList<>(SyntaxSamples.all());
        s.removeAll(SyntaxSamples.NATIVE);
        s.addAll(List.of(Uids.ExplicitVRLittleEndian, Uids.DeflatedExplicitVRLittleEndian, Uids.ExplicitVRBigEndian,
                Uids.ImplicitVRLittleEndian));
        STORAGE_SYNTAXES = List.copyOf(s);
    }

    private final Path dir;
    private final String aeTitle;
    private final Map<String, InetSocketAddress> destinations;
    private final AssociationRequestor requestor;
    private final List<Stored> stored = new CopyOnWriteArrayList<>();
    private final AssociationAcceptor acceptor;

    private TestScp(Builder b) throws IOException {
        this.dir = Files.createDirectories(b.dir);
        this.aeTitle = b.aeTitle;
        this.destinations = Map.copyOf(b.destinations);
        this.requestor = new AssociationRequestor(b.timeouts, null);
        AcceptorPolicy.Builder policy = AcceptorPolicy.builder().calledAeTitles(aeTitle)
                .accept(Uids.Verification, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian)
                .acceptAllStorage(STORAGE_SYNTAXES).preferRequestorOrder(true);
        for (String model : QR_MODELS) {
            policy.accept(model, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian);
        }
        org.dicomharness.dicom.dict.UidRegistry.standard().storageSopClasses()
                .forEach(e -> policy.allowRequestorScpRole(e.uid()));
        b.policy.accept(policy);
        AcceptorPolicy built = policy.build();
        ServiceRegistry services = new ServiceRegistry().storeAny(this::store);
        services.find(Uids.PatientRootQueryRetrieveInformationModelFind, this::find)
                .find(Uids.StudyRootQueryRetrieveInformationModelFind, this::find)
                .move(Uids.PatientRootQueryRetrieveInformationModelMove, (c, rq, keys) -> retrieve(c, keys, rq.moveDestination()))
                .move(Uids.StudyRootQueryRetrieveInformationModelMove, (c, rq, keys) -> retrieve(c, keys, rq.moveDestination()))
                .get(Uids.PatientRootQueryRetrieveInformationModelGet, (c, rq, keys) -> retrieve(c, keys, null))
                .get(Uids.StudyRootQueryRetrieveInformationModelGet, (c, rq, keys) -> retrieve(c, keys, null));
        b.services.accept(services);
        AcceptorConfig config = AcceptorConfig.loopback(built).withTimeouts(b.timeouts).withTls(b.tls)
                .withNegotiator(b.negotiator == null ? built : b.negotiator.apply(built));
        DimseOptions options = b.options;
        this.acceptor = AssociationAcceptor.start(config, a -> {
            DimseChannel ch = new DimseChannel(services, options);
            ch.bind(a);
            return ch;
        });
    }

    public static Builder builder(Path dir) {
        return new Builder(dir);
    }

    public int port() {
        return acceptor.localPort();
    }

    public String aeTitle() {
        return aeTitle;
    }

    public AssociationAcceptor acceptor() {
        return acceptor;
    }

    public List<Stored> stored() {
        return List.copyOf(stored);
    }

    /** Adds an existing file to what this SCP can find and retrieve. */
    public void add(Path file) throws IOException {
        DicomFile header = DataSets.header(file);
        stored.add(new Stored(file, header.dataset().getString(Tags.SOPClassUID),
                header.dataset().getString(Tags.SOPInstanceUID), header.transferSyntax().uid(), null, header.dataset()));
    }

    @Override
    public void close() {
        acceptor.close();
    }

    // ------------------------------------------------------------------------------------------ storage

    private Outcome store(ScpContext ctx, org.dicomharness.dicom.net.dimse.CStoreRq rq, InputStream in)
            throws IOException {
        String inst = rq.affectedSopInstanceUid();
        if (!Uid.isValid(inst)) {
            return Outcome.failure(Status.STORAGE_CANNOT_UNDERSTAND, "SOP Instance UID '" + inst + "' is not a valid UID");
        }
        Path part = dir.resolve(inst + ".part");
        Path file = dir.resolve(inst + ".dcm");
        String ts = ctx.presentationContext().transferSyntax();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 256 * 1024)) {
            out.write(new byte[128]);
            out.write(new byte[] {'D', 'I', 'C', 'M'});
            Dataset meta = FileMetaInformation.create(rq.affectedSopClassUid(), inst, ts, ctx.association()
                    .callingAeTitle());
            new DicomWriter(out, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults()).writeDataset(meta);
            in.transferTo(out);
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        DicomFile header = DataSets.header(file);
        stored.removeIf(s -> s.sopInstanceUid().equals(inst));
        stored.add(new Stored(file, rq.affectedSopClassUid(), inst, ts, ctx.association().callingAeTitle(),
                header.dataset()));
        return Outcome.success();
    }

    // ------------------------------------------------------------------------------------------ query

    private static final List<String> LEVELS = List.of("PATIENT", "STUDY", "SERIES", "IMAGE");

    private static int uniqueKey(String level) {
        return switch (level) {
            case "PATIENT" -> Tags.PatientID;
            case "STUDY" -> Tags.StudyInstanceUID;
            case "SERIES" -> Tags.SeriesInstanceUID;
            default -> Tags.SOPInstanceUID;
        };
    }

    private Outcome find(ScpContext ctx, org.dicomharness.dicom.net.dimse.CFindRq rq, Dataset keys) throws IOException {
        String level = keys.getString(Tags.QueryRetrieveLevel);
        boolean studyRoot = rq.affectedSopClassUid().equals(Uids.StudyRootQueryRetrieveInformationModelFind);
        if (level == null || !LEVELS.contains(level) || studyRoot && level.equals("PATIENT")) {
            return Outcome.failure(0xA900, "Query/Retrieve Level '" + level + "' is not valid for this model");
        }
        Map<String, Dataset> results = new LinkedHashMap<>();
        for (Stored s : stored) {
            if (matches(keys, s.attributes())) {
                String unique = s.attributes().getString(uniqueKey(level));
                results.computeIfAbsent(unique, u -> response(keys, s.attributes(), level));
            }
        }
        for (Dataset match : results.values()) {
            if (ctx.isCancelled()) {
                return Outcome.of(Status.CANCEL);
            }
            ctx.pending(match);
        }
        return Outcome.success();
    }

    private Dataset response(Dataset keys, Dataset attrs, String level) {
        Dataset out = new Dataset();
        for (DataElement k : keys) {
            if (k.value() instanceof Sequence) {
                continue;
            }
            DataElement have = attrs.get(k.tag());
            out.put(have != null ? have : new DataElement(k.tag(), k.vr(), ByteValue.wrap(new byte[0])));
        }
        out.setString(Tags.QueryRetrieveLevel, level);
        out.setString(Tags.RetrieveAETitle, aeTitle);
        if (attrs.contains(Tags.SpecificCharacterSet)) {
            out.put(attrs.get(Tags.SpecificCharacterSet));
        }
        return out;
    }

    static boolean matches(Dataset keys, Dataset attrs) {
        for (DataElement k : keys) {
            int tag = k.tag();
            if (tag == Tags.QueryRetrieveLevel || tag == Tags.SpecificCharacterSet || k.isEmpty()
                    || k.value() instanceof Sequence || !k.vr().isString() || Tag.group(tag) == 0x0002) {
                continue;
            }
            String key = keys.getString(tag);
            if (key == null || key.isEmpty() || key.equals("*")) {
                continue;
            }
            String[] values = attrs.getStrings(tag);
            if (values.length == 0) {
                return false;
            }
            if (!matchesAny(key, k.vr(), values)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesAny(String key, VR vr, String[] values) {
        for (String v : values) {
            if (vr == VR.UI && key.contains("\\")) {
                if (List.of(key.split("\\\\")).contains(v)) {
                    return true;
                }
            } else if ((vr == VR.DA || vr == VR.TM || vr == VR.DT) && key.contains("-")) {
                String[] range = key.split("-", -1);
                if ((range[0].isEmpty() || v.compareTo(range[0]) >= 0)
                        && (range[1].isEmpty() || v.compareTo(range[1]) <= 0)) {
                    return true;
                }
            } else if (key.contains("*") || key.contains("?")) {
                String regex = Pattern.quote(key).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
                if (Pattern.matches(regex, v)) {
                    return true;
                }
            } else if (key.equals(v)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------ retrieve

    /** C-MOVE to {@code destination}, or C-GET on the requestor's own association when it is {@code null}. */
    private Outcome retrieve(ScpContext ctx, Dataset keys, String destination) throws IOException {
        String level = keys.getString(Tags.QueryRetrieveLevel);
        if (level == null || !LEVELS.contains(level)) {
            return Outcome.failure(0xA900, "Query/Retrieve Level '" + level + "' is not valid");
        }
        List<Stored> matched = new ArrayList<>();
        for (Stored s : stored) {
            if (matches(keys, s.attributes())) {
                matched.add(s);
            }
        }
        DimseClient remote = null;
        if (destination != null) {
            InetSocketAddress dest = destinations.get(destination);
            if (dest == null) {
                return Outcome.failure(Status.MOVE_DESTINATION_UNKNOWN, "Move Destination '" + destination
                        + "' is unknown");
            }
            AssociateRequestBuilder rq = AssociateRequestBuilder.of(aeTitle, destination);
            java.util.Set<String> proposed = new java.util.HashSet<>();
            for (Stored s : matched) {
                if (proposed.add(s.sopClassUid() + "|" + s.transferSyntaxUid())) {
                    rq.context(s.sopClassUid(), s.transferSyntaxUid());
                    if (!TransferSyntax.of(s.transferSyntaxUid()).encapsulated() && proposed.add(s.sopClassUid() + "|native")) {
                        rq.context(s.sopClassUid(), Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian);
                    }
                }
            }
            if (rq.contextCount() == 0) {
                return Outcome.success().withSubOperations(SubOperations.of(0, 0, 0, 0));
            }
            remote = DimseClient.open(requestor, dest.getHostString(), dest.getPort(), rq.build());
        }
        int completed = 0;
        int failed = 0;
        int warning = 0;
        List<String> failedUids = new ArrayList<>();
        try {
            for (int i = 0; i < matched.size(); i++) {
                if (ctx.isCancelled()) {
                    return Outcome.of(Status.CANCEL).withSubOperations(SubOperations.of(matched.size() - i, completed,
                            failed, warning));
                }
                Stored s = matched.get(i);
                int status = subOperation(ctx, remote, s);
                StatusCategory c = StatusCategory.of(status);
                if (c == StatusCategory.SUCCESS) {
                    completed++;
                } else if (c == StatusCategory.WARNING) {
                    warning++;
                } else {
                    failed++;
                    failedUids.add(s.sopInstanceUid());
                }
                ctx.pendingSubOperations(SubOperations.of(matched.size() - i - 1, completed, failed, warning));
            }
        } finally {
            if (remote != null) {
                remote.close();
            }
        }
        SubOperations counts = new SubOperations(null, completed, failed, warning);
        if (failed == 0 && warning == 0) {
            return Outcome.success().withSubOperations(counts);
        }
        Dataset failedList = new Dataset();
        failedList.setString(Tags.FailedSOPInstanceUIDList, failedUids.toArray(new String[0]));
        int status = completed + warning == 0 ? 0xA702 : Status.SUB_OPERATIONS_WARNING;
        return Outcome.of(status).withSubOperations(counts).withDataSet(failedUids.isEmpty() ? null : failedList);
    }

    private int subOperation(ScpContext ctx, DimseClient remote, Stored s) throws IOException {
        DicomFile header = DataSets.header(s.file());
        if (remote != null) {
            var ra = remote.association();
            PresentationContext pc = ra.findAcceptedContext(s.sopClassUid(), s.transferSyntaxUid())
                    .or(() -> TransferSyntax.of(s.transferSyntaxUid()).encapsulated() ? java.util.Optional.empty()
                            : ra.findAcceptedContext(s.sopClassUid(), null)).orElse(null);
            if (pc == null) {
                ctx.association().trace().note("C-MOVE: the destination accepted no context for " + s.sopClassUid()
                        + " in " + s.transferSyntaxUid() + "; sub-operation failed");
                return Status.SOP_CLASS_NOT_SUPPORTED;
            }
            CStoreRsp rsp = remote.store(pc, s.sopClassUid(), s.sopInstanceUid(), DataSets.ofFile(s.file(), header),
                    Priority.MEDIUM, ctx.association().callingAeTitle(), ctx.request().messageId());
            return rsp.status();
        }
        var a = ctx.association();
        PresentationContext pc = a.findAcceptedContext(s.sopClassUid(), s.transferSyntaxUid())
                .or(() -> TransferSyntax.of(s.transferSyntaxUid()).encapsulated() ? java.util.Optional.empty()
                        : a.findAcceptedContext(s.sopClassUid(), null)).orElse(null);
        if (pc == null) {
            a.trace().note("C-GET: no accepted context for " + s.sopClassUid() + "; sub-operation failed");
            return 0xA702;
        }
        DimseChannel ch = ctx.channel();
        var rq = new org.dicomharness.dicom.net.dimse.CStoreRq(ch.nextMessageId(), s.sopClassUid(), s.sopInstanceUid());
        return ch.invoke(pc, rq, DataSets.ofFile(s.file(), header), null).await().status();
    }

    /** Configures a test SCP. */
    public static final class Builder {
        private final Path dir;
        private String aeTitle = "TESTSCP";
        private final Map<String, InetSocketAddress> destinations = new LinkedHashMap<>();
        private Consumer<AcceptorPolicy.Builder> policy = p -> { };
        private Consumer<ServiceRegistry> services = s -> { };
        private java.util.function.Function<AcceptorPolicy, Negotiator> negotiator;
        private Timeouts timeouts = Timeouts.defaults();
        private TlsConfig tls;
        private DimseOptions options = DimseOptions.defaults();

        private Builder(Path dir) {
            this.dir = dir;
        }

        public Builder aeTitle(String ae) {
            this.aeTitle = ae;
            return this;
        }

        public Builder destination(String ae, String host, int port) {
            destinations.put(ae, new InetSocketAddress(host, port));
            return this;
        }

        public Builder policy(Consumer<AcceptorPolicy.Builder> tweak) {
            this.policy = tweak;
            return this;
        }

        public Builder services(Consumer<ServiceRegistry> extra) {
            this.services = extra;
            return this;
        }

        public Builder negotiator(java.util.function.Function<AcceptorPolicy, Negotiator> wrap) {
            this.negotiator = wrap;
            return this;
        }

        public Builder timeouts(Timeouts t) {
            this.timeouts = t;
            return this;
        }

        public Builder tls(TlsConfig t) {
            this.tls = t;
            return this;
        }

        public Builder options(DimseOptions o) {
            this.options = o;
            return this;
        }

        public TestScp start() throws IOException {
            return new TestScp(this);
        }
    }
}
