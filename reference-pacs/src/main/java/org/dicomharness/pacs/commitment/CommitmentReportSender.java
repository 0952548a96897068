package org.dicomharness.pacs.commitment;

import java.io.IOException;

/**
 * Delivers a Storage Commitment result as an N-EVENT-REPORT-RQ (PS3.4 J.3.3), implemented by the network layer:
 * on the association the N-ACTION came on when it is still open; otherwise on a new association to the requestor's
 * AE as configured in {@code PacsConfig.remoteAes()}, proposing the Storage Commitment Push Model SOP Class with SCP
 * role selection (PS3.7 D.3.3.4), since there the PACS is the association requestor but the SOP Class SCP.
 * Affected SOP Class UID 1.2.840.10008.1.20.1, Affected SOP Instance UID 1.2.840.10008.1.20.1.1, Event Type ID
 * {@link CommitmentReport#eventTypeId()}, Event Information {@link CommitmentReport#toEventInformation()}.
 */
@FunctionalInterface
public interface CommitmentReportSender {

    /**
     * Sends the report and waits for the N-EVENT-REPORT-RSP.
     *
     * @return the N-EVENT-REPORT-RSP status
     * @throws IOException when the requestor cannot be reached (unknown AE, connection refused, association rejected)
     */
    int send(CommitmentReport report) throws IOException;
}
