package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** C-MOVE-RSP (PS3.7 9.3.4.2). */
public record CMoveRsp(int messageIdBeingRespondedTo, String affectedSopClassUid, int status,
                       SubOperations subOperations, ResponseDetail detail) implements DimseResponse {

    @Override
    public CommandField commandField() {
        return CommandField.C_MOVE_RSP;
    }

    @Override
    public Dataset command() {
        Dataset ds = Commands.start(commandField());
        Commands.uid(ds, Tags.AffectedSOPClassUID, affectedSopClassUid);
        Commands.us(ds, Tags.MessageIDBeingRespondedTo, messageIdBeingRespondedTo);
        Commands.status(ds, status, detail);
        Commands.subOperations(ds, subOperations);
        return ds;
    }

    static CMoveRsp from(Dataset ds) throws DimseException {
        CommandField f = CommandField.C_MOVE_RSP;
        return new CMoveRsp(Commands.reqUs(ds, Tags.MessageIDBeingRespondedTo, f),
                Commands.optUid(ds, Tags.AffectedSOPClassUID), Commands.reqUs(ds, Tags.Status, f),
                Commands.subOperations(ds), Commands.detail(ds));
    }
}
