package org.dicomharness.pacs.store;

import java.io.InputStream;

/**
 * A C-STORE as the storage SCP hands it to the archive.
 *
 * @param callingAe         the requestor's AE title
 * @param sopClassUid       Affected SOP Class UID of the C-STORE-RQ
 * @param sopInstanceUid    Affected SOP Instance UID of the C-STORE-RQ
 * @param transferSyntaxUid the negotiated transfer syntax the data set is encoded in
 * @param dataset           the data set bytes as received (P-DATA fragments concatenated)
 */
public record StoreRequest(String callingAe, String sopClassUid, String sopInstanceUid, String transferSyntaxUid,
                           InputStream dataset) {
}
