package org.dicomharness.pacs;

import java.io.IOException;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.commitment.StorageCommitmentService;
import org.dicomharness.pacs.index.EventLog;
import org.dicomharness.pacs.index.IndexDatabase;
import org.dicomharness.pacs.index.InstanceIndex;
import org.dicomharness.pacs.index.PatientRegistry;
import org.dicomharness.pacs.mpps.MppsService;
import org.dicomharness.pacs.mpps.MppsStore;
import org.dicomharness.pacs.query.QueryService;
import org.dicomharness.pacs.reconcile.PatientService;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.dicomharness.pacs.store.IngestService;
import org.dicomharness.pacs.store.ObjectStore;
import org.dicomharness.pacs.store.Recovery;
import org.dicomharness.pacs.worklist.OrderService;
import org.dicomharness.pacs.worklist.WorklistService;
import org.dicomharness.pacs.worklist.WorklistStore;

/**
 * The reference PACS's archive: object store, index, ingest pipeline and query service on one data folder.
 * Opening it runs crash recovery before anything is served.
 */
public final class Archive implements AutoCloseable {

    private final PacsConfig config;
    private final IndexDatabase database;
    private final ObjectStore store;
    private final InstanceIndex index;
    private final EventLog events;
    private final IngestService ingest;
    private final QueryService queries;
    private final PatientRegistry patientRegistry;
    private final PatientService patients;
    private final WorklistStore worklistStore;
    private final OrderService orders;
    private final WorklistService worklist;
    private final MppsStore mppsStore;
    private final MppsService mpps;
    private final StorageCommitmentService commitment;
    private final String recoverySummary;

    private Archive(PacsConfig config, IndexDatabase database, ObjectStore store, ArchivalValidator validator)
            throws IOException {
        this.config = config;
        this.database = database;
        this.store = store;
        this.index = new InstanceIndex(database.dataSource());
        this.events = new EventLog(database.dataSource());
        this.recoverySummary = new Recovery(store, index, events).run();
        this.ingest = new IngestService(config, store, index, events, validator);
        this.queries = new QueryService(index, config.aeTitle());
        this.patientRegistry = new PatientRegistry(database.dataSource());
        this.patients = new PatientService(patientRegistry, events);
        this.worklistStore = new WorklistStore(database.dataSource());
        this.orders = new OrderService(worklistStore, patients, events);
        this.worklist = new WorklistService(worklistStore);
        this.mppsStore = new MppsStore(database.dataSource());
        this.mpps = new MppsService(mppsStore, worklistStore, events);
        this.commitment = new StorageCommitmentService(index, store, events, config.aeTitle());
    }

    /** Opens the archive in {@code config.dataDirectory()}, creating it when new. */
    public static Archive open(PacsConfig config, ArchivalValidator validator) throws IOException {
        ObjectStore store = new ObjectStore(config.dataDirectory(), config.fsync());
        IndexDatabase db = IndexDatabase.open(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword(),
                config.dataDirectory());
        try {
            return new Archive(config, db, store, validator);
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

    /** What start-up recovery did. */
    public String recoverySummary() {
        return recoverySummary;
    }

    @Override
    public void close() {
        database.close();
    }
}
