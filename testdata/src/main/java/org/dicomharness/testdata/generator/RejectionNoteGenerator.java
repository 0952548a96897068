package org.dicomharness.testdata.generator;

import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.testdata.context.SeriesContext;
import org.dicomharness.testdata.module.CompositeInstance;
import org.dicomharness.testdata.sr.ContentItem;
import org.dicomharness.testdata.sr.SrDocumentModules;

/**
 * A rejection note (IHE RAD TF-3 IOCM, "Rejection Note"): a Key Object Selection Document (PS3.3 A.35.4, TID 2010)
 * whose title is a {@link RejectionReason} and which lists the rejected instances in its content and in the
 * Current Requested Procedure Evidence Sequence. It belongs to the study of what it rejects, in a series of its own.
 */
public final class RejectionNoteGenerator {

    private RejectionNoteGenerator() {
    }

    /**
     * @param series   the note's own series in the study of {@code rejected}
     * @param reason   the document title
     * @param rejected the instances rejected, all of that study
     */
    public static Dataset generate(SeriesContext series, RejectionReason reason, List<Dataset> rejected) {
        if (rejected.isEmpty()) {
            throw new IllegalArgumentException("a rejection note names at least one instance");
        }
        for (Dataset d : rejected) {
            if (!series.study().studyInstanceUid().equals(d.getString(Tags.StudyInstanceUID))) {
                throw new IllegalArgumentException("a rejection note rejects instances of its own study only; "
                        + d.getString(Tags.SOPInstanceUID) + " is in " + d.getString(Tags.StudyInstanceUID));
            }
        }
        Dataset ds = CompositeInstance.start(series, Uids.KeyObjectSelectionDocumentStorage, 1);
        SrDocumentModules.writeSeries(ds);
        SrDocumentModules.writeEvidence(ds, Tags.CurrentRequestedProcedureEvidenceSequence, rejected);
        Sequence root = ContentItem.root(ds, reason.title(), "2010");
        for (Dataset d : rejected) {
            ContentItem.image(root, "CONTAINS", d.getString(Tags.SOPClassUID), d.getString(Tags.SOPInstanceUID));
        }
        return ds;
    }
}
