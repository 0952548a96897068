package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** N-SET-RQ (PS3.7 10.3.3.1); the Modification List follows as data set. */
public record NSetRq(int messageId, String requestedSopClassUid, String requestedSopInstanceUid)
        implements DimseRequest {

    @Override
    public CommandField commandField() {
        return CommandField.N_SET_RQ;
    }

    @Override
    public String sopClassUid() {
        return requestedSopClassUid;
    }

    @Override
    public Dataset command() {
        Dataset ds = Commands.start(commandField());
        Commands.uid(ds, Tags.RequestedSOPClassUID, requestedSopClassUid);
        Commands.us(ds, Tags.MessageID, messageId);
        Commands.uid(ds, Tags.RequestedSOPInstanceUID, requestedSopInstanceUid);
        return ds;
    }

    static NSetRq from(Dataset ds) throws DimseException {
        CommandField f = CommandField.N_SET_RQ;
        return new NSetRq(Commands.reqUs(ds, Tags.MessageID, f), Commands.reqUid(ds, Tags.RequestedSOPClassUID, f),
                Commands.reqUid(ds, Tags.RequestedSOPInstanceUID, f));
    }
}
