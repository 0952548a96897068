package org.dicomharness.pacs.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.Uid;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.BulkDataPolicy;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.DicomParseException;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.ReadOptions;
import org.dicomharness.pacs.config.IngestRules;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.config.PatientConflictPolicy;
import org.dicomharness.pacs.config.ValidationPolicy;
import org.dicomharness.pacs.index.Arrival;
import org.dicomharness.pacs.index.EventLog;
import org.dicomharness.pacs.index.IndexException;
import org.dicomharness.pacs.index.InstanceIndex;
import org.dicomharness.pacs.index.InstanceState;
import org.dicomharness.pacs.index.NewInstance;
import org.dicomharness.pacs.index.PacsEvent.Kind;
import org.dicomharness.pacs.index.PatientKey;
import org.dicomharness.pacs.index.PendingEvent;
import org.dicomharness.pacs.index.StoredInstance;

/**
 * The storage pipeline behind the C-STORE SCP. An object is acknowledged only after it is on disk and indexed
 * ("durability before Success"):
 *
 * <ol>
 *   <li>the command's SOP Instance UID is checked against PS3.5 9.1 before anything is written;</li>
 *   <li>the data set is written, exactly as received, after new File Meta Information into {@code incoming/},
 *       hashed (SHA-256 of the data set bytes) and forced to disk;</li>
 *   <li>it is parsed completely; UIDs are checked and must agree with the command;</li>
 *   <li>duplicates and patient conflicts are settled by the calling AE's rules, then validation;</li>
 *   <li>the file is renamed into place and indexed in one transaction; only then is Success returned.</li>
 * </ol>
 *
 * Any failure removes the temporary file, leaves the index unchanged and records an event.
 */
public final class IngestService {

    private static final int STRIPES = 64;

    private final PacsConfig config;
    private final ObjectStore store;
    private final InstanceIndex index;
    private final EventLog events;
    private final ArchivalValidator validator;
    private final IngestCoercion coercion;
    private final RejectionRegistry rejections;
    private final ReentrantLock[] studyLocks = new ReentrantLock[STRIPES];

    public IngestService(PacsConfig config, ObjectStore store, InstanceIndex index, EventLog events,
                         ArchivalValidator validator) {
        this(config, store, index, events, validator, IngestCoercion.NONE, RejectionRegistry.NONE);
    }

    /**
     * With coercion on ingest (vendor normalization, patient merges) and IOCM rejections. An object no coercion
     * applies to is stored bit-for-bit as received; a coerced one is stored as the coerced copy (the replaced
     * values inside it, in the Original Attributes Sequence) and answered with warning B000.
     */
    public IngestService(PacsConfig config, ObjectStore store, InstanceIndex index, EventLog events,
                         ArchivalValidator validator, IngestCoercion coercion, RejectionRegistry rejections) {
        this.config = config;
        this.store = store;
        this.index = index;
        this.events = events;
        this.validator = validator;
        this.coercion = coercion;
        this.rejections = rejections;
        for (int i = 0; i < STRIPES; i++) {
            studyLocks[i] = new ReentrantLock();
        }
    }

    /**
     * Stores one object.
     *
     * @throws IOException when the data set stream itself fails (the association broke): nothing is kept and no
     *                     response can be sent
     */
    public StoreOutcome store(StoreRequest request) throws IOException {
        String callingAe = request.callingAe();
        Optional<String> uidProblem = Uid.problem(request.sopInstanceUid());
        if (uidProblem.isPresent()) {
            drain(request.dataset());
            return reject(callingAe, null, null, StoreOutcome.INVALID_SOP_INSTANCE,
                    "Affected SOP Instance UID refused: " + uidProblem.get());
        }
        Optional<TransferSyntax> syntax = TransferSyntax.lookup(request.transferSyntaxUid());
        if (syntax.isEmpty()) {
            drain(request.dataset());
            return reject(callingAe, request.sopInstanceUid(), null, StoreOutcome.CANNOT_UNDERSTAND,
                    "transfer syntax " + request.transferSyntaxUid() + " is not one this archive can read");
        }
        Path temp;
        String sha256;
        try {
            temp = store.newIncomingFile();
        } catch (IOException e) {
            drain(request.dataset());
            return reject(callingAe, request.sopInstanceUid(), null, StoreOutcome.OUT_OF_RESOURCES,
                    "cannot create a file in the data folder: " + e.getMessage());
        }
        try {
            sha256 = receive(request, syntax.get(), temp);
        } catch (ReceiveFailure e) {
            store.deleteQuietly(temp);
            events.record(Kind.TRANSFER_FAILED, callingAe, request.sopInstanceUid(), null,
                    "data set transfer failed: " + e.getCause().getMessage());
            throw e.getCause();
        } catch (IOException e) {
            store.deleteQuietly(temp);
            drain(request.dataset());
            return reject(callingAe, request.sopInstanceUid(), null, StoreOutcome.OUT_OF_RESOURCES,
                    "cannot write the object to disk: " + e.getMessage());
        }
        try {
            StoreOutcome outcome = archive(request, temp, sha256);
            if (outcome.storedPath() == null) {
                store.deleteQuietly(temp);
            }
            return outcome;
        } catch (RuntimeException e) {
            store.deleteQuietly(temp);
            throw e;
        }
    }

    /** Writes File Meta Information and the received bytes to {@code temp}; returns the data set's SHA-256. */
    private String receive(StoreRequest request, TransferSyntax syntax, Path temp) throws IOException {
        MessageDigest digest = DataSetDigest.sha256();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 64 * 1024)) {
            Dataset meta = FileMetaInformation.create(request.sopClassUid(), request.sopInstanceUid(), syntax.uid(),
                    request.callingAe());
            Part10Writer.writeFileHeader(file, null, meta, syntax);
            DigestOutputStream hashed = new DigestOutputStream(file, digest);
            byte[] buf = new byte[64 * 1024];
            InputStream in = request.dataset();
            while (true) {
                int n;
                try {
                    n = in.read(buf);
                } catch (IOException e) {
                    throw new ReceiveFailure(e);
                }
                if (n < 0) {
                    break;
                }
                hashed.write(buf, 0, n);
            }
            hashed.flush();
        }
        store.force(temp);
        return HexFormat.of().formatHex(digest.digest());
    }

    private StoreOutcome archive(StoreRequest request, Path temp, String sha256) throws IOException {
        String callingAe = request.callingAe();
        DicomFile parsed;
        try {
            parsed = Part10Reader.read(temp, ReadOptions.defaults().withBulkData(BulkDataPolicy.REFERENCE)
                    .withBulkDataThreshold(64 * 1024));
        } catch (DicomParseException e) {
            return reject(callingAe, request.sopInstanceUid(), null, StoreOutcome.CANNOT_UNDERSTAND,
                    "data set does not parse: " + e.getMessage());
        }
        Dataset ds = parsed.dataset();
        String studyUid;
        String seriesUid;
        try {
            String sopInstance = ds.getString(Tags.SOPInstanceUID);
            String sopClass = ds.getString(Tags.SOPClassUID);
            studyUid = ds.getString(Tags.StudyInstanceUID);
            seriesUid = ds.getString(Tags.SeriesInstanceUID);
            if (!request.sopInstanceUid().equals(sopInstance)) {
                return reject(callingAe, request.sopInstanceUid(), studyUid, StoreOutcome.DATASET_MISMATCH,
                        "SOP Instance UID in the data set (" + sopInstance + ") differs from the command's "
                                + request.sopInstanceUid() + " (PS3.4 B.2.1.1)");
            }
            if (!request.sopClassUid().equals(sopClass)) {
                return reject(callingAe, request.sopInstanceUid(), studyUid, StoreOutcome.DATASET_MISMATCH,
                        "SOP Class UID in the data set (" + sopClass + ") differs from the command's "
                                + request.sopClassUid() + " (PS3.4 B.2.1.1)");
            }
            for (int tag : new int[] {Tags.StudyInstanceUID, Tags.SeriesInstanceUID}) {
                Optional<String> problem = Uid.problem(ds.getString(tag));
                if (problem.isPresent()) {
                    return reject(callingAe, request.sopInstanceUid(), null, StoreOutcome.DATASET_MISMATCH,
                            Dataset.describe(tag) + " refused: " + problem.get());
                }
            }
        } catch (DicomDataException e) {
            return reject(callingAe, request.sopInstanceUid(), null, StoreOutcome.CANNOT_UNDERSTAND, e.getMessage());
        }
        IngestRules rules = config.rulesFor(callingAe);
        Coerced coerced;
        try {
            coerced = coerce(request, parsed);
        } catch (IndexException e) {
            return reject(callingAe, request.sopInstanceUid(), studyUid, StoreOutcome.OUT_OF_RESOURCES,
                    "index unavailable: " + e.getMessage());
        } catch (IOException e) {
            return reject(callingAe, request.sopInstanceUid(), studyUid, StoreOutcome.OUT_OF_RESOURCES,
                    "cannot write the coerced object: " + e.getMessage());
        }
        ReentrantLock lock = studyLocks[Math.floorMod(studyUid.hashCode(), STRIPES)];
        lock.lock();
        StoreOutcome outcome = null;
        try {
            outcome = decideAndCommit(request, coerced.file() != null ? coerced.file() : temp, sha256, parsed, coerced,
                    studyUid, seriesUid, rules);
            return outcome;
        } catch (IndexException e) {
            return reject(callingAe, request.sopInstanceUid(), studyUid, StoreOutcome.OUT_OF_RESOURCES,
                    "index unavailable: " + e.getMessage());
        } finally {
            lock.unlock();
            if (coerced.summary() != null) {
                // The received file only fed the coerced copy; the copy is committed or, when refused, removed.
                store.deleteQuietly(temp);
                if (outcome == null || outcome.storedPath() == null) {
                    store.deleteQuietly(coerced.file());
                }
            }
        }
    }

    /** The file to commit and its data set: the received one, or a coerced copy written beside it. */
    private record Coerced(Path file, Dataset dataset, String storedSha256, String summary) {
    }

    private Coerced coerce(StoreRequest request, DicomFile parsed) throws IOException {
        Optional<IngestCoercion.Result> result = coercion.apply(parsed.dataset(), request.callingAe());
        if (result.isEmpty()) {
            return new Coerced(null, parsed.dataset(), null, null);
        }
        Dataset coerced = result.get().dataset();
        Path copy = store.newIncomingFile();
        try {
            Dataset meta = FileMetaInformation.create(request.sopClassUid(), request.sopInstanceUid(),
                    parsed.transferSyntax().uid(), request.callingAe());
            Part10Writer.write(copy, null, meta, coerced, parsed.transferSyntax(),
                    org.dicomharness.dicom.io.WriteOptions.defaults());
            store.force(copy);
            java.io.ByteArrayOutputStream header = new java.io.ByteArrayOutputStream();
            Part10Writer.writeFileHeader(header, null, meta, parsed.transferSyntax());
            return new Coerced(copy, coerced, DataSetDigest.ofFile(copy, header.size()), result.get().summary());
        } catch (IOException | RuntimeException e) {
            store.deleteQuietly(copy);
            throw e;
        }
    }

    private StoreOutcome decideAndCommit(StoreRequest request, Path file, String sha256, DicomFile parsed,
                                         Coerced coerced, String studyUid, String seriesUid, IngestRules rules)
            throws IOException {
        String callingAe = request.callingAe();
        String sopUid = request.sopInstanceUid();
        Dataset ds = coerced.dataset();
        Path temp = file;
        InstanceState state = rejections.isRejected(sopUid) ? InstanceState.REJECTED : InstanceState.ACTIVE;
        PatientKey incomingPatient = new PatientKey(ds.getString(Tags.PatientID), ds.getString(Tags.IssuerOfPatientID));
        Arrival held = index.arrival(sopUid, studyUid);
        Optional<PatientKey> filedUnder = held.studyFiledUnder();
        boolean conflict = filedUnder.isPresent() && !filedUnder.get().equals(incomingPatient);
        if (conflict) {
            String detail = "study filed under Patient ID " + filedUnder.get() + ", object has "
                    + incomingPatient + " (Study Instance UID " + studyUid + ")";
            if (rules.patientConflict() == PatientConflictPolicy.REJECT) {
                events.record(Kind.PATIENT_CONFLICT_REJECTED, callingAe, sopUid, studyUid, detail);
                return new StoreOutcome(StoreOutcome.PATIENT_CONFLICT, detail, null);
            }
            state = InstanceState.QUARANTINED;
        }

        Optional<StoredInstance> existing = held.current();
        if (existing.isPresent() && existing.get().sha256().equals(sha256)) {
            events.record(Kind.DUPLICATE_IDENTICAL, callingAe, sopUid, studyUid,
                    "identical copy of the object stored at " + existing.get().receivedAt() + " from "
                            + existing.get().receivedFromAe() + "; not stored twice");
            return new StoreOutcome(StoreOutcome.SUCCESS, null, null);
        }
        if (existing.isPresent()
                && rules.duplicates() == org.dicomharness.pacs.config.DuplicatePolicy.REJECT) {
            String detail = "stored with other content: " + sopUid + " (SHA-256 "
                    + existing.get().sha256().substring(0, 12) + "..., received " + existing.get().receivedAt()
                    + " from " + existing.get().receivedFromAe() + ")";
            events.record(Kind.DUPLICATE_REJECTED, callingAe, sopUid, studyUid, detail);
            return new StoreOutcome(StoreOutcome.DUPLICATE_SOP_INSTANCE, detail, null);
        }

        List<String> findings = rules.validation() == ValidationPolicy.ACCEPT ? List.of()
                : validator.errors(ds, callingAe);
        int status = StoreOutcome.SUCCESS;
        String comment = null;
        if (!findings.isEmpty()) {
            String summary = findings.size() + " validation error(s): " + String.join("; ", findings);
            if (rules.validation() == ValidationPolicy.REJECT) {
                events.record(Kind.REJECTED, callingAe, sopUid, studyUid, summary);
                return new StoreOutcome(StoreOutcome.DATASET_MISMATCH, summary, null);
            }
            status = StoreOutcome.WARNING_DATASET_MISMATCH;
            comment = summary;
            events.record(Kind.VALIDATION_WARNING, callingAe, sopUid, studyUid, summary);
        }

        if (coerced.summary() != null) {
            // PS3.4 B.2.3: B000 Coercion of Data Elements (a validation warning B007 keeps its status, and says both).
            if (status == StoreOutcome.SUCCESS) {
                status = StoreOutcome.WARNING_COERCION;
                comment = "Coercion of Data Elements: " + coerced.summary();
            } else {
                comment = comment + "; coercion of data elements: " + coerced.summary();
            }
        }

        int version = held.nextVersion();
        boolean overwrite = existing.isPresent()
                && rules.duplicates() == org.dicomharness.pacs.config.DuplicatePolicy.OVERWRITE;
        List<PendingEvent> report = new ArrayList<>();
        if (overwrite) {
            report.add(new PendingEvent(Kind.DUPLICATE_OVERWRITTEN, callingAe, sopUid, studyUid,
                    "replaced the copy received " + existing.get().receivedAt() + " from "
                            + existing.get().receivedFromAe()));
        } else if (existing.isPresent()) {
            report.add(new PendingEvent(Kind.DUPLICATE_VERSIONED, callingAe, sopUid, studyUid,
                    "stored as version " + version + "; version " + existing.get().version() + " kept"));
        }
        if (state == InstanceState.QUARANTINED) {
            report.add(new PendingEvent(Kind.QUARANTINED, callingAe, sopUid, studyUid, "study filed under Patient ID "
                    + filedUnder.orElseThrow() + ", object has " + incomingPatient + " (Study Instance UID "
                    + studyUid + "); held back from query/retrieve"));
        } else if (state == InstanceState.REJECTED) {
            report.add(new PendingEvent(Kind.INSTANCES_REJECTED, callingAe, sopUid, studyUid, "arrived after a "
                    + "rejection note named it: stored REJECTED, hidden from query/retrieve"));
        } else {
            report.add(new PendingEvent(Kind.STORED, callingAe, sopUid, studyUid, parsed.transferSyntax().name()));
        }
        if (coerced.summary() != null) {
            report.add(new PendingEvent(Kind.COERCED, callingAe, sopUid, studyUid, coerced.summary()));
        }
        String path = store.commit(temp, studyUid, seriesUid, sopUid, version);
        NewInstance row = new NewInstance(ds, sopUid, version, request.sopClassUid(), parsed.transferSyntax().uid(),
                path, Files.size(store.resolve(path)), sha256, callingAe, state, coerced.storedSha256());
        try {
            if (existing.isEmpty()) {
                index.insert(row, report);
            } else if (overwrite) {
                index.replace(existing.get(), row, report);
            } else {
                index.supersede(existing.get(), row, report);
            }
        } catch (IndexException e) {
            store.deleteQuietly(store.resolve(path));
            throw e;
        }
        if (overwrite) {
            store.deleteQuietly(store.resolve(existing.get().filePath()));
        }
        if (state == InstanceState.ACTIVE) {
            rejections.archived(ds, callingAe);
        }
        return new StoreOutcome(status, comment, path);
    }

    private StoreOutcome reject(String callingAe, String sopUid, String studyUid, int status, String reason) {
        try {
            events.record(Kind.REJECTED, callingAe, sopUid, studyUid, reason);
        } catch (IndexException ignored) {
            // The rejection stands even when the event cannot be recorded.
        }
        return new StoreOutcome(status, reason, null);
    }

    /** Reads what is left of a refused data set so the association stays usable for the next message. */
    private static void drain(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
    }

    /** The sender's stream failed: distinguishes a broken association from a local disk error. */
    private static final class ReceiveFailure extends IOException {
        ReceiveFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
