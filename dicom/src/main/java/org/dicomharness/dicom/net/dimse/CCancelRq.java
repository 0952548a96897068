package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/**
 * C-CANCEL-RQ (PS3.7 9.3.2.3 and following): asks the performer to stop the C-FIND, C-GET or C-MOVE whose
 * Message ID it names (sent in Message ID Being Responded To).
 */
public record CCancelRq(int messageIdBeingRespondedTo) implements DimseRequest {

    @Override
    public CommandField commandField() {
        return CommandField.C_CANCEL_RQ;
    }

    /** C-CANCEL-RQ has no Message ID of its own; this is the ID of the request it cancels. */
    @Override
    public int messageId() {
        return messageIdBeingRespondedTo;
    }

    @Override
    public String sopClassUid() {
        return null;
    }

    @Override
    public Dataset command() {
        Dataset ds = Commands.start(commandField());
        Commands.us(ds, Tags.MessageIDBeingRespondedTo, messageIdBeingRespondedTo);
        return ds;
    }

    static CCancelRq from(Dataset ds) throws DimseException {
        return new CCancelRq(Commands.reqUs(ds, Tags.MessageIDBeingRespondedTo, CommandField.C_CANCEL_RQ));
    }
}
