package org.dicomharness.pacs;

import java.io.IOException;
import java.util.List;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.commitment.StorageCommitmentService;
import org.dicomharness.pacs.index.EventLog;
import org.dicomharness.pacs.index.IndexDatabase;
import org.dicomharness.pacs.index.InstanceIndex;
import org.dicomharness.pacs.index.PatientRegistry;
import org.dicomharness.pacs.mpps.MppsService;
import org.dicomharness.pacs.mpps.MppsStore;
import org.dicomharness.pacs.normalize.Normalizer;
import org.dicomharness.pacs.query.QueryService;
import org.dicomharness.pacs.reconcile.PatientCoercion;
import org.dicomharness.pacs.reconcile.PatientService;
import org.dicomharness.pacs.reconcile.RejectionNotes;
import org.dicomharness.pacs.reconcile.RetrieveCoercion;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.dicomharness.pacs.store.IngestCoercion;
import org.dicomharness.pacs.store.IngestService;
import org.dicomharness.pacs.store.IodArchivalValidator;
import org.dicomharness.pacs.store.ObjectStore;
import org.dicomharness.pacs.store.Recovery;
import org.dicomharness.validation.Waivers;
import org.dicomharness.pacs.worklist.OrderService;
import org.dicomharness.pacs.worklist.WorklistService;
import org.dicomharness.pacs.worklist.WorklistStore;

/**
 * The reference PACS's archive: object store, index, ingest pipeline and query service on one data folder.
 * Opening it runs crash recovery before anything is served.
 */
public final class Archive implements AutoCloseable {

    /** Modifying System (0400,0563) of the coercions this archive makes, followed by its AE title. */
    public static final String MODIFYING_SYSTEM_PREFIX = "DICOM Conformance Harness reference PACS ";

    private final PacsConfig config;
    private final IndexDatabase database;
    private final ObjectStore store;
    private final InstanceIndex index;
    private final EventLog events;
    private final IngestService ingest;
    private final QueryService queries;
    private final PatientRegistry patientRegistry;
    private final RejectionNotes rejections;
    private final RetrieveCoercion retrieveCoercion;
    private final PatientService patients;
    private final WorklistStore worklistStore;
    private final OrderService orders;
    private final WorklistService worklist;
    private final MppsStore mppsStore;
    private final MppsService mpps;
    private final StorageCommitmentService commitment;
    private final String recoverySummary;

    private Archive(PacsConfig config, IndexDatabase database, ObjectStore store, ArchivalValidator validator,
                    IngestCoercion normalization) throws IOException {
        this.config = config;
        this.database = database;
        this.store = store;
        this.index = new InstanceIndex(database.dataSource());
        this.events = new EventLog(database.dataSource());
        this.recoverySummary = new Recovery(store, index, events).run();
        this.patientRegistry = new PatientRegistry(database.dataSource());
        this.rejections = new RejectionNotes(database.dataSource(), events);
        this.retrieveCoercion = new RetrieveCoercion(patientRegistry, MODIFYING_SYSTEM_PREFIX + config.aeTitle());
        IngestCoercion coercion = IngestCoercion.chain(List.of(normalization,
                new PatientCoercion(patientRegistry, MODIFYING_SYSTEM_PREFIX + config.aeTitle())));
        this.ingest = new IngestService(config, store, index, events, validator, coercion, rejections);
        this.queries = new QueryService(index, config.aeTitle());
        this.patients = new PatientService(patientRegistry, events);
        this.worklistStore = new WorklistStore(database.dataSource());
        this.orders = new OrderService(worklistStore, patients, events);
        this.worklist = new WorklistService(worklistStore);
        this.mppsStore = new MppsStore(database.dataSource());
        this.mpps = new MppsService(mppsStore, worklistStore, events);
        this.commitment = new StorageCommitmentService(index, store, events, config.aeTitle());
    }

    /**
     * Opens the archive with the IOD validation engine as its validation before archival, and the waivers the
     * configuration names.
     */
    public static Archive open(PacsConfig config) throws IOException {
        Waivers waivers = config.validationWaivers() == null ? Waivers.none() : Waivers.load(config.validationWaivers());
        return open(config, new IodArchivalValidator(waivers));
    }

    /**
     * Opens the archive in {@code config.dataDirectory()}, creating it when new, with the vendor normalization
     * profiles the configuration names ({@code normalizationProfiles}), if any.
     */
    public static Archive open(PacsConfig config, ArchivalValidator validator) throws IOException {
        IngestCoercion normalization = config.normalizationProfiles() == null ? IngestCoercion.NONE
                : Normalizer.load(config.normalizationProfiles(), MODIFYING_SYSTEM_PREFIX + config.aeTitle());
        return open(config, validator, normalization);
    }

    /**
     * Opens the archive with a vendor normalization layer ({@link org.dicomharness.pacs.normalize.Normalizer}
     * loaded from a profiles file) applied on ingest.
     */
    public static Archive open(PacsConfig config, ArchivalValidator validator, IngestCoercion normalization)
            throws IOException {
        ObjectStore store = new ObjectStore(config.dataDirectory(), config.fsync());
        IndexDatabase db = IndexDatabase.open(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword(),
                config.dataDirectory());
        try {
            return new Archive(config, db, store, validator, normalization);
        } catch (IOException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public PacsConfig config() {
        return config;
    }

    public ObjectStore store() {
        return store;
    }

    public InstanceIndex index() {
        return index;
    }

    public EventLog events() {
        return events;
    }

    public IngestService ingest() {
        return ingest;
    }

    public QueryService queries() {
        return queries;
    }

    public PatientRegistry patientRegistry() {
        return patientRegistry;
    }

    /** Patient administration (HL7 ADT A01/A04/A08/A40). */
    public PatientService patients() {
        return patients;
    }

    public WorklistStore worklistStore() {
        return worklistStore;
    }

    /** Orders (HL7 ORM/OMI, YAML seed) that feed the worklist. */
    public OrderService orders() {
        return orders;
    }

    /** The Modality Worklist C-FIND matching. */
    public WorklistService worklist() {
        return worklist;
    }

    public MppsStore mppsStore() {
        return mppsStore;
    }

    /** Modality Performed Procedure Step N-CREATE / N-SET. */
    public MppsService mpps() {
        return mpps;
    }

    /** Storage Commitment Push Model N-ACTION handling. */
    public StorageCommitmentService commitment() {
        return commitment;
    }

    /** What the C-MOVE / C-GET paths apply to each object before sending it. */
    public RetrieveCoercion retrieveCoercion() {
        return retrieveCoercion;
    }

    public RejectionNotes rejections() {
        return rejections;
    }

    /** What start-up recovery did. */
    public String recoverySummary() {
        return recoverySummary;
    }

    @Override
    public void close() {
        database.close();
    }
}
