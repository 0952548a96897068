package org.dicomharness.pacs.store;

import org.dicomharness.dicom.data.Dataset;

/**
 * IOCM rejection notes as the ingest pipeline sees them: an object a rejection note named is archived REJECTED
 * (hidden from Q/R, kept on disk), and an archived rejection note rejects the instances it names.
 */
public interface RejectionRegistry {

    /** No rejection handling. */
    RejectionRegistry NONE = new RejectionRegistry() {
        @Override
        public boolean isRejected(String sopInstanceUid) {
            return false;
        }

        @Override
        public void archived(Dataset dataset, String callingAe) {
            // nothing to do
        }
    };

    /** Whether a rejection note named this instance. */
    boolean isRejected(String sopInstanceUid);

    /** Called after an object was archived and is visible; a rejection note rejects the instances it names. */
    void archived(Dataset dataset, String callingAe);
}
