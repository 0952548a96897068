package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** C-GET-RQ (PS3.7 9.3.3.1); the identifier follows as data set. */
public record CGetRq(int messageId, String affectedSopClassUid, Priority priority) implements DimseRequest {

    @Override
    public CommandField commandField() {
        return CommandField.C_GET_RQ;
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
        Commands.us(ds, Tags.Priority, priority.code());
        return ds;
    }

    static CGetRq from(Dataset ds) throws DimseException {
        CommandField f = CommandField.C_GET_RQ;
        return new CGetRq(Commands.reqUs(ds, Tags.MessageID, f), Commands.reqUid(ds, Tags.AffectedSOPClassUID, f),
                Commands.priority(ds));
    }
}
