package org.dicomharness.dicom.net.ul;

/** The association was aborted (A-ABORT, A-P-ABORT, or a local abort after a timer expired). */
public final class AssociationAbortedException extends AssociationException {

    private final AbortInfo abort;

    public AssociationAbortedException(AbortInfo abort) {
        super("association aborted: " + abort);
        this.abort = abort;
    }

    public AbortInfo abort() {
        return abort;
    }
}
