package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** N-CREATE-RSP (PS3.7 10.3.5.2). */
public record NCreateRsp(int messageIdBeingRespondedTo, String affectedSopClassUid, String affectedSopInstanceUid,
                      int status, ResponseDetail detail) implements DimseResponse {

    @Override
    public CommandField commandField() {
        return CommandField.N_CREATE_RSP;
    }

    @Override
    public Dataset command() {
        Dataset ds = Commands.start(commandField());
        Commands.uid(ds, Tags.AffectedSOPClassUID, affectedSopClassUid);
        Commands.us(ds, Tags.MessageIDBeingRespondedTo, messageIdBeingRespondedTo);
        Commands.status(ds, status, detail);
        Commands.uid(ds, Tags.AffectedSOPInstanceUID, affectedSopInstanceUid);
        return ds;
    }

    static NCreateRsp from(Dataset ds) throws DimseException {
        CommandField f = CommandField.N_CREATE_RSP;
        return new NCreateRsp(Commands.reqUs(ds, Tags.MessageIDBeingRespondedTo, f),
                Commands.optUid(ds, Tags.AffectedSOPClassUID), Commands.optUid(ds, Tags.AffectedSOPInstanceUID),
                Commands.reqUs(ds, Tags.Status, f), Commands.detail(ds));
    }
}
