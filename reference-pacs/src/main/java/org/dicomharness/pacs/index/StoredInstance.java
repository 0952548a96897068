package org.dicomharness.pacs.index;

import java.time.Instant;

/** An indexed object version with its provenance. */
public record StoredInstance(long pk, String sopInstanceUid, int version, String sopClassUid, String transferSyntaxUid,
                             String filePath, long fileSize, String sha256, String receivedFromAe, Instant receivedAt,
                             InstanceState state, String seriesInstanceUid, String studyInstanceUid,
                             String patientId) {
}
