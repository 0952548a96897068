package org.dicomharness.pacs.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.BulkDataPolicy;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.ReadOptions;
import org.dicomharness.pacs.index.Arrival;
import org.dicomharness.pacs.index.EventLog;
import org.dicomharness.pacs.index.InstanceIndex;
import org.dicomharness.pacs.index.InstanceState;
import org.dicomharness.pacs.index.NewInstance;
import org.dicomharness.pacs.index.PacsEvent.Kind;
import org.dicomharness.pacs.index.StoredInstance;

/**
 * Start-up reconciliation after a crash. Temporary files were never acknowledged: they go. An index row whose file
 * is missing cannot be served: it goes. A committed file the index does not know was forced to disk and renamed
 * whole before the crash (only the index transaction was lost): it is indexed if it parses and nothing newer holds
 * its UID, otherwise removed. Every action is recorded as a RECOVERY event.
 */
public final class Recovery {

    private final ObjectStore store;
    private final InstanceIndex index;
    private final EventLog events;

    public Recovery(ObjectStore store, InstanceIndex index, EventLog events) {
        this.store = store;
        this.index = index;
        this.events = events;
    }

    /** Runs the reconciliation and returns a one-line summary. */
    public String run() throws IOException {
        int partial = 0;
        for (Path p : store.leftoverIncomingFiles()) {
            Files.deleteIfExists(p);
            partial++;
        }
        int orphanRows = 0;
        for (StoredInstance row : index.all()) {
            if (!Files.isRegularFile(store.resolve(row.filePath()))) {
                index.deleteRow(row.pk());
                events.record(Kind.RECOVERY, row.receivedFromAe(), row.sopInstanceUid(), row.studyInstanceUid(),
                        "index row removed: its file " + row.filePath() + " is missing");
                orphanRows++;
            }
        }
        Set<String> indexed = index.allFilePaths();
        int adopted = 0;
        int removed = 0;
        for (Path file : store.objectFiles()) {
            String relative = store.root().relativize(file).toString();
            if (indexed.contains(relative)) {
                continue;
            }
            if (adopt(file, relative)) {
                adopted++;
            } else {
                Files.deleteIfExists(file);
                removed++;
            }
        }
        String summary = "recovery: " + partial + " partial file(s) removed, " + orphanRows + " orphan row(s) removed, "
                + adopted + " unindexed object(s) indexed, " + removed + " unindexed file(s) removed";
        if (partial + orphanRows + adopted + removed > 0) {
            events.record(Kind.RECOVERY, null, null, null, summary);
        }
        return summary;
    }

    private boolean adopt(Path file, String relative) {
        try {
            DicomFile parsed = Part10Reader.read(file, ReadOptions.defaults().withBulkData(BulkDataPolicy.REFERENCE)
                    .withBulkDataThreshold(64 * 1024));
            Dataset ds = parsed.dataset();
            String sopUid = ds.getString(Tags.SOPInstanceUID);
            if (sopUid == null) {
                return false;
            }
            Arrival held = index.arrival(sopUid, ds.getString(Tags.StudyInstanceUID));
            if (held.current().isPresent()) {
                return false;
            }
            String sha = DataSetDigest.ofFile(file, parsed.datasetOffset());
            String source = parsed.fileMeta().getString(Tags.SourceApplicationEntityTitle, "UNKNOWN");
            index.insert(new NewInstance(ds, sopUid, held.nextVersion(), ds.getString(Tags.SOPClassUID),
                    parsed.transferSyntax().uid(), relative, Files.size(file), sha, source, InstanceState.ACTIVE));
            events.record(Kind.RECOVERY, source, sopUid, ds.getString(Tags.StudyInstanceUID),
                    "complete object found on disk without its index row: indexed");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
