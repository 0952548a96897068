package org.dicomharness.pacs.commitment;

import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;

/**
 * The result of one Storage Commitment request, as the N-EVENT-REPORT carries it (PS3.4 J.3.3): Event Type ID 1
 * (Storage Commitment Request Successful) when every instance is committed, 2 (Complete - Failures Exist)
 * otherwise; the Event Information holds the Transaction UID, the Referenced SOP Sequence of committed instances and
 * the Failed SOP Sequence with a Failure Reason for each other one.
 */
public record CommitmentReport(String transactionUid, String requestorAe, String retrieveAeTitle,
                               List<CommitmentRequest.Reference> committed, List<Failure> failed) {

    /** Event Type ID 1: Storage Commitment Request Successful. */
    public static final int SUCCESSFUL = 1;
    /** Event Type ID 2: Storage Commitment Request Complete - Failures Exist. */
    public static final int FAILURES_EXIST = 2;

    /** PS3.4 J.3.3.1.1 Failure Reason: Processing failure (the object is not durably and visibly archived). */
    public static final int PROCESSING_FAILURE = 0x0110;
    /** Failure Reason: No such object instance. */
    public static final int NO_SUCH_OBJECT_INSTANCE = 0x0112;
    /** Failure Reason: Class / Instance conflict (archived under another SOP Class). */
    public static final int CLASS_INSTANCE_CONFLICT = 0x0119;
    /** Failure Reason: Duplicate transaction UID. */
    public static final int DUPLICATE_TRANSACTION_UID = 0x0131;

    /** An instance the PACS does not commit to, and why. */
    public record Failure(CommitmentRequest.Reference reference, int reason, String why) {
    }

    public CommitmentReport {
        committed = List.copyOf(committed);
        failed = List.copyOf(failed);
    }

    public int eventTypeId() {
        return failed.isEmpty() ? SUCCESSFUL : FAILURES_EXIST;
    }

    /** The Event Information of the N-EVENT-REPORT-RQ (PS3.4 Table J.3-2). */
    public Dataset toEventInformation() {
        Dataset ds = new Dataset();
        ds.setString(Tags.TransactionUID, VR.UI, transactionUid);
        if (retrieveAeTitle != null) {
            ds.setString(Tags.RetrieveAETitle, VR.AE, retrieveAeTitle);
        }
        if (!committed.isEmpty()) {
            Sequence ok = ds.newSequence(Tags.ReferencedSOPSequence);
            for (CommitmentRequest.Reference r : committed) {
                Dataset item = ok.addItem();
                item.setString(Tags.ReferencedSOPClassUID, VR.UI, r.sopClassUid());
                item.setString(Tags.ReferencedSOPInstanceUID, VR.UI, r.sopInstanceUid());
            }
        }
        if (!failed.isEmpty()) {
            Sequence bad = ds.newSequence(Tags.FailedSOPSequence);
            for (Failure f : failed) {
                Dataset item = bad.addItem();
                item.setString(Tags.ReferencedSOPClassUID, VR.UI, f.reference().sopClassUid());
                item.setString(Tags.ReferencedSOPInstanceUID, VR.UI, f.reference().sopInstanceUid());
                item.setInt(Tags.FailureReason, VR.US, f.reason());
            }
        }
        return ds;
    }
}
