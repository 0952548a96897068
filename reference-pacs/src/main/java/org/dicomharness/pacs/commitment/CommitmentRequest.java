package org.dicomharness.pacs.commitment;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;

/** The Action Information of a Storage Commitment N-ACTION-RQ (PS3.4 Table J.3-1). */
public record CommitmentRequest(String transactionUid, String requestorAe, List<Reference> references) {

    /** One Referenced SOP Sequence item. */
    public record Reference(String sopClassUid, String sopInstanceUid) {
    }

    public CommitmentRequest {
        references = List.copyOf(references);
    }

    /**
     * Reads the Action Information.
     *
     * @throws CommitmentException 0115 (Invalid argument value) when the Transaction UID or the Referenced SOP
     *                             Sequence is missing or an item lacks its UIDs
     */
    public static CommitmentRequest parse(Dataset actionInformation, String requestorAe) {
        String transaction;
        Sequence seq;
        try {
            transaction = actionInformation.getString(Tags.TransactionUID);
            seq = actionInformation.getSequence(Tags.ReferencedSOPSequence);
        } catch (DicomDataException e) {
            throw new CommitmentException(CommitmentException.INVALID_ARGUMENT_VALUE, e.getMessage());
        }
        if (transaction == null || transaction.isEmpty()) {
            throw new CommitmentException(CommitmentException.INVALID_ARGUMENT_VALUE,
                    "Transaction UID (0008,1195) is missing from the Action Information (PS3.4 Table J.3-1)");
        }
        if (seq == null || seq.isEmpty()) {
            throw new CommitmentException(CommitmentException.INVALID_ARGUMENT_VALUE,
                    "Referenced SOP Sequence (0008,1199) is missing or empty: nothing to commit (PS3.4 Table J.3-1)");
        }
        List<Reference> refs = new ArrayList<>();
        int n = 0;
        for (Dataset item : seq) {
            n++;
            String cls = item.getString(Tags.ReferencedSOPClassUID);
            String inst = item.getString(Tags.ReferencedSOPInstanceUID);
            if (cls == null || inst == null) {
                throw new CommitmentException(CommitmentException.INVALID_ARGUMENT_VALUE, "Referenced SOP Sequence item "
                        + n + " lacks " + (cls == null ? "Referenced SOP Class UID" : "Referenced SOP Instance UID")
                        + " (Type 1, PS3.4 Table J.3-1)");
            }
            refs.add(new Reference(cls, inst));
        }
        return new CommitmentRequest(transaction, requestorAe, refs);
    }
}
