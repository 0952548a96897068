package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** C-ECHO-RQ (PS3.7 9.3.5.1). */
public record CEchoRq(int messageId, String affectedSopClassUid) implements DimseRequest {

    @Override
    public CommandField commandField() {
        return CommandField.C_ECHO_RQ;
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
        return ds;
    }

    static CEchoRq from(Dataset ds) throws DimseException {
        CommandField f = CommandField.C_ECHO_RQ;
        return new CEchoRq(Commands.reqUs(ds, Tags.MessageID, f), Commands.reqUid(ds, Tags.AffectedSOPClassUID, f));
    }
}
