package org.dicomharness.simulators.modality;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.net.pdu.Uid;
import org.dicomharness.simulators.DimseOutcome;

/**
 * What happened to one object: the C-STORE status, the syntax it went in and whether that is a fallback, and the
 * SHA-256 of the data set bytes exactly as they were sent (what follows the File Meta Information in a file, in
 * the negotiated transfer syntax), so that what comes back can be compared with it.
 *
 * @param index              position in the list given to {@code send}
 * @param sopClassUid        SOP Class UID
 * @param sopInstanceUid     SOP Instance UID
 * @param header             the object's attributes without Pixel Data
 * @param source             what was given to send
 * @param sent               what was actually sent (the source, or its native alternative after a fallback)
 * @param ownSyntax          the transfer syntax the object is encoded in (a native data set in memory: null)
 * @param negotiatedSyntax   the syntax of the presentation context it was sent on, {@code null} when not sent
 * @param presentationContextId the context ID, 0 when not sent
 * @param fallbackUsed       whether it went in another syntax than its own because its own was refused
 * @param outcome            the C-STORE-RSP status, {@code null} when there is none
 * @param failure            why it was not sent or has no response, or {@code null}
 * @param sha256             SHA-256 (hex) of the data set bytes sent, {@code null} when not sent
 * @param bytes              number of data set bytes sent
 * @param association        name of the association it went on, or {@code null}
 */
public record SentObject(int index, String sopClassUid, String sopInstanceUid, Dataset header, Sendable source,
                         Sendable sent, String ownSyntax, String negotiatedSyntax, int presentationContextId,
                         boolean fallbackUsed, DimseOutcome outcome, String failure, String sha256, long bytes,
                         String association) {

    /** Stored with Success or Warning. */
    public boolean stored() {
        return failure == null && outcome != null && outcome.isSuccessful();
    }

    public String seriesInstanceUid() {
        return header.getString(org.dicomharness.dicom.dict.Tags.SeriesInstanceUID, "");
    }

    @Override
    public String toString() {
        return Uid.describe(sopClassUid) + " " + sopInstanceUid + ": "
                + (outcome != null ? outcome.toString() : "not stored") + (failure != null ? " (" + failure + ")" : "")
                + (negotiatedSyntax != null ? " in " + Uid.describe(negotiatedSyntax) : "")
                + (fallbackUsed ? " [fallback from " + Uid.describe(ownSyntax) + "]" : "");
    }
}
