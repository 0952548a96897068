package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/**
 * C-STORE-RQ (PS3.7 9.3.1.1). The Move Originator fields are present when the store is a sub-operation of a
 * C-MOVE.
 */
public record CStoreRq(int messageId, String affectedSopClassUid, String affectedSopInstanceUid, Priority priority,
                       String moveOriginatorAeTitle, Integer moveOriginatorMessageId) implements DimseRequest {

    public CStoreRq(int messageId, String affectedSopClassUid, String affectedSopInstanceUid) {
        this(messageId, affectedSopClassUid, affectedSopInstanceUid, Priority.MEDIUM, null, null);
    }

    @Override
    public CommandField commandField() {
        return CommandField.C_STORE_RQ;
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
        Commands.uid(ds, Tags.AffectedSOPInstanceUID, affectedSopInstanceUid);
        Commands.ae(ds, Tags.MoveOriginatorApplicationEntityTitle, moveOriginatorAeTitle);
        Commands.us(ds, Tags.MoveOriginatorMessageID, moveOriginatorMessageId);
        return ds;
    }

    static CStoreRq from(Dataset ds) throws DimseException {
        CommandField f = CommandField.C_STORE_RQ;
        String origin = ds.getString(Tags.MoveOriginatorApplicationEntityTitle);
        return new CStoreRq(Commands.reqUs(ds, Tags.MessageID, f), Commands.reqUid(ds, Tags.AffectedSOPClassUID, f),
                Commands.reqUid(ds, Tags.AffectedSOPInstanceUID, f), Commands.priority(ds),
                origin == null || origin.isEmpty() ? null : origin, Commands.optUs(ds, Tags.MoveOriginatorMessageID));
    }
}
