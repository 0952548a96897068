package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** C-MOVE-RQ (PS3.7 9.3.4.1); the identifier follows as data set. */
public record CMoveRq(int messageId, String affectedSopClassUid, Priority priority, String moveDestination)
        implements DimseRequest {

    @Override
    public CommandField commandField() {
        return CommandField.C_MOVE_RQ;
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
        Commands.ae(ds, Tags.MoveDestination, moveDestination);
        return ds;
    }

    static CMoveRq from(Dataset ds) throws DimseException {
        CommandField f = CommandField.C_MOVE_RQ;
        String dest = ds.getString(Tags.MoveDestination);
        if (dest == null || dest.isEmpty()) {
            throw new DimseException("C-MOVE-RQ lacks Move Destination (0000,0600) (PS3.7 9.3.4.1)");
        }
        return new CMoveRq(Commands.reqUs(ds, Tags.MessageID, f), Commands.reqUid(ds, Tags.AffectedSOPClassUID, f),
                Commands.priority(ds), dest);
    }
}
