package org.dicomharness.simulators;

import org.dicomharness.dicom.net.dimse.DimseResponse;
import org.dicomharness.dicom.net.dimse.ResponseDetail;
import org.dicomharness.dicom.net.dimse.Status;
import org.dicomharness.dicom.net.dimse.StatusCategory;
import org.dicomharness.dicom.net.dimse.StatusRegistry;

/**
 * The final DIMSE status of one operation as evidence: the code, its name in the service class that answered
 * (PS3.7 Annex C, PS3.4), and the response's Error Comment, Error ID and Offending Elements.
 *
 * @param code   Status (0000,0900)
 * @param status the code named by {@link StatusRegistry}
 * @param detail the optional status detail elements
 */
public record DimseOutcome(int code, Status status, ResponseDetail detail) {

    public DimseOutcome {
        detail = detail == null ? ResponseDetail.NONE : detail;
    }

    /** The outcome a response carries, named by the service class of {@code requestSopClassUid}. */
    public static DimseOutcome of(DimseResponse response, String requestSopClassUid) {
        return new DimseOutcome(response.status(), StatusRegistry.standard().lookup(response, requestSopClassUid),
                response.detail());
    }

    public StatusCategory category() {
        return status.category();
    }

    public boolean isSuccess() {
        return category() == StatusCategory.SUCCESS;
    }

    public boolean isWarning() {
        return category() == StatusCategory.WARNING;
    }

    /** Success or warning: the operation was performed. */
    public boolean isSuccessful() {
        return category().isSuccessful();
    }

    /** The Error Comment (0000,0902), or {@code null}. */
    public String errorComment() {
        return detail.errorComment();
    }

    /** e.g. {@code 0000 Success} or {@code A801 Refused: Move Destination unknown 'no such AE'}. */
    @Override
    public String toString() {
        return String.format("%04X %s", code, status.name()) + (detail.isEmpty() ? "" : " " + detail);
    }
}
