package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** C-ECHO-RSP (PS3.7 9.3.5.2). */
public record CEchoRsp(int messageIdBeingRespondedTo, String affectedSopClassUid, int status, ResponseDetail detail)
        implements DimseResponse {

    @Override
    public CommandField commandField() {
        return CommandField.C_ECHO_RSP;
    }

    @Override
    public Dataset command() {
        Dataset ds = Commands.start(commandField());
        Commands.uid(ds, Tags.AffectedSOPClassUID, affectedSopClassUid);
        Commands.us(ds, Tags.MessageIDBeingRespondedTo, messageIdBeingRespondedTo);
        Commands.status(ds, status, detail);
        return ds;
    }

    static CEchoRsp from(Dataset ds) throws DimseException {
        CommandField f = CommandField.C_ECHO_RSP;
        return new CEchoRsp(Commands.reqUs(ds, Tags.MessageIDBeingRespondedTo, f),
                Commands.optUid(ds, Tags.AffectedSOPClassUID), Commands.reqUs(ds, Tags.Status, f), Commands.detail(ds));
    }
}
