package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** N-ACTION-RSP (PS3.7 10.3.4.2). */
public record NActionRsp(int messageIdBeingRespondedTo, String affectedSopClassUid, String affectedSopInstanceUid,
                         Integer actionTypeId, int status, ResponseDetail detail) implements DimseResponse {

    @Override
    public CommandField commandField() {
        return CommandField.N_ACTION_RSP;
    }

    @Override
    public Dataset command() {
        Dataset ds = Commands.start(commandField());
        Commands.uid(ds, Tags.AffectedSOPClassUID, affectedSopClassUid);
        Commands.us(ds, Tags.MessageIDBeingRespondedTo, messageIdBeingRespondedTo);
        Commands.status(ds, status, detail);
        Commands.uid(ds, Tags.AffectedSOPInstanceUID, affectedSopInstanceUid);
        Commands.us(ds, Tags.ActionTypeID, actionTypeId);
        return ds;
    }

    static NActionRsp from(Dataset ds) throws DimseException {
        CommandField f = CommandField.N_ACTION_RSP;
        return new NActionRsp(Commands.reqUs(ds, Tags.MessageIDBeingRespondedTo, f),
                Commands.optUid(ds, Tags.AffectedSOPClassUID), Commands.optUid(ds, Tags.AffectedSOPInstanceUID),
                Commands.optUs(ds, Tags.ActionTypeID), Commands.reqUs(ds, Tags.Status, f), Commands.detail(ds));
    }
}
