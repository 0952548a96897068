package org.dicomharness.pacs.index;

import org.dicomharness.dicom.data.Dataset;

/**
 * What the archive indexes for a newly stored object.
 *
 * @param dataset      the object's attributes (bulk data may be references; they are not stored in the index)
 * @param sha256       SHA-256 of the data set as received (what duplicate detection compares)
 * @param storedSha256 SHA-256 of the stored file's data set when it holds a coerced copy, else {@code null}
 */
public record NewInstance(Dataset dataset, String sopInstanceUid, int version, String sopClassUid,
                          String transferSyntaxUid, String filePath, long fileSize, String sha256,
                          String receivedFromAe, InstanceState state, String storedSha256) {

    /** An object stored exactly as received. */
    public NewInstance(Dataset dataset, String sopInstanceUid, int version, String sopClassUid,
                       String transferSyntaxUid, String filePath, long fileSize, String sha256,
                       String receivedFromAe, InstanceState state) {
        this(dataset, sopInstanceUid, version, sopClassUid, transferSyntaxUid, filePath, fileSize, sha256,
                receivedFromAe, state, null);
    }
}
