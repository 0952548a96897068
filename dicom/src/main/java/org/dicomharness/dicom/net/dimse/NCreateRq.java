package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/**
 * N-CREATE-RQ (PS3.7 10.3.5.1); the Attribute List may follow as data set. The Affected SOP Instance UID
 * is optional: without it the performer assigns one and returns it in the response.
 */
public record NCreateRq(int messageId, String affectedSopClassUid, String affectedSopInstanceUid)
        implements DimseRequest {

    @Override
    public CommandField commandField() {
        return CommandField.N_CREATE_RQ;
    }

    @Override
    public String sopClassUid() {
        return affectedSopClassUid;
    }

    @Override
    public Dataset command() {
        Dataset ds = Commands.start(commandField());
        Commands.uid(ds, Tags.AffectedSOPClassUID, affectedSopClassUid);
        Commands.us(ds, Tags.MessageID, messageId);
        Commands.uid(ds, Tags.AffectedSOPInstanceUID, affectedSopInstanceUid);
        return ds;
    }

    static NCreateRq from(Dataset ds) throws DimseException {
        CommandField f = CommandField.N_CREATE_RQ;
        return new NCreateRq(Commands.reqUs(ds, Tags.MessageID, f), Commands.reqUid(ds, Tags.AffectedSOPClassUID, f),
                Commands.optUid(ds, Tags.AffectedSOPInstanceUID));
    }
}
