package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** C-FIND-RSP (PS3.7 9.3.2.2); pending responses carry a matching identifier as data set. */
public record CFindRsp(int messageIdBeingRespondedTo, String affectedSopClassUid, int status, ResponseDetail detail)
        implements DimseResponse {

    @Override
    public CommandField commandField() {
        return CommandField.C_FIND_RSP;
    }

    @Override
    public Dataset command() {
        Dataset ds = Commands.start(commandField());
        Commands.uid(ds, Tags.AffectedSOPClassUID, affectedSopClassUid);
        Commands.us(ds, Tags.MessageIDBeingRespondedTo, messageIdBeingRespondedTo);
        Commands.status(ds, status, detail);
        return ds;
    }

    static CFindRsp from(Dataset ds) throws DimseException {
        CommandField f = CommandField.C_FIND_RSP;
        return new CFindRsp(Commands.reqUs(ds, Tags.MessageIDBeingRespondedTo, f),
                Commands.optUid(ds, Tags.AffectedSOPClassUID), Commands.reqUs(ds, Tags.Status, f), Commands.detail(ds));
    }
}
