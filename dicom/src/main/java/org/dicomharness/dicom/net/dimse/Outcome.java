package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;

/**
 * What a service handler answers: the status of the final response, its detail, and what the response
 * carries for some services (sub-operation counts of C-GET/C-MOVE, a data set, the SOP Instance UID an
 * N-CREATE performer assigned).
 */
public record Outcome(int status, ResponseDetail detail, SubOperations subOperations, Dataset dataSet,
                      String sopInstanceUid) {

    public static Outcome success() {
        return of(Status.SUCCESS);
    }

    public static Outcome of(int status) {
        return new Outcome(status, ResponseDetail.NONE, SubOperations.NONE, null, null);
    }

    public static Outcome failure(int status, String errorComment) {
        return new Outcome(status, ResponseDetail.comment(errorComment), SubOperations.NONE, null, null);
    }

    public Outcome withDetail(ResponseDetail d) {
        return new Outcome(status, d, subOperations, dataSet, sopInstanceUid);
    }

    public Outcome withSubOperations(SubOperations s) {
        return new Outcome(status, detail, s, dataSet, sopInstanceUid);
    }

    public Outcome withDataSet(Dataset ds) {
        return new Outcome(status, detail, subOperations, ds, sopInstanceUid);
    }

    public Outcome withSopInstanceUid(String uid) {
        return new Outcome(status, detail, subOperations, dataSet, uid);
    }
}
