package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** N-ACTION-RQ (PS3.7 10.3.4.1); the Action Information may follow as data set. */
public record NActionRq(int messageId, String requestedSopClassUid, String requestedSopInstanceUid, int actionTypeId)
        implements DimseRequest {

    @Override
    public CommandField commandField() {
        return CommandField.N_ACTION_RQ;
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
        Commands.us(ds, Tags.ActionTypeID, actionTypeId);
        return ds;
    }

    static NActionRq from(Dataset ds) throws DimseException {
        CommandField f = CommandField.N_ACTION_RQ;
        return new NActionRq(Commands.reqUs(ds, Tags.MessageID, f), Commands.reqUid(ds, Tags.RequestedSOPClassUID, f),
                Commands.reqUid(ds, Tags.RequestedSOPInstanceUID, f), Commands.reqUs(ds, Tags.ActionTypeID, f));
    }
}
