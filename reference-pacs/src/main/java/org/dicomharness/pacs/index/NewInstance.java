package org.dicomharness.pacs.index;

import org.dicomharness.dicom.data.Dataset;

/**
 * What the archive indexes for a newly stored object.
 *
 * @param dataset the object's attributes (bulk data may be references; they are not stored in the index)
 */
public record NewInstance(Dataset dataset, String sopInstanceUid, int version, String sopClassUid,
                          String transferSyntaxUid, String filePath, long fileSize, String sha256,
                          String receivedFromAe, InstanceState state) {
}
