package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** N-EVENT-REPORT-RSP (PS3.7 10.3.1.2). */
public record NEventReportRsp(int messageIdBeingRespondedTo, String affectedSopClassUid, String affectedSopInstanceUid,
                              Integer eventTypeId, int status, ResponseDetail detail) implements DimseResponse {

    @Override
    public CommandField commandField() {
        return CommandField.N_EVENT_REPORT_RSP;
    }

    @Override
    public Dataset command() {
        Dataset ds = Commands.start(commandField());
        Commands.uid(ds, Tags.AffectedSOPClassUID, affectedSopClassUid);
        Commands.us(ds, Tags.MessageIDBeingRespondedTo, messageIdBeingRespondedTo);
        Commands.status(ds, status, detail);
        Commands.uid(ds, Tags.AffectedSOPInstanceUID, affectedSopInstanceUid);
        Commands.us(ds, Tags.EventTypeID, eventTypeId);
        return ds;
    }

    static NEventReportRsp from(Dataset ds) throws DimseException {
        CommandField f = CommandField.N_EVENT_REPORT_RSP;
        return new NEventReportRsp(Commands.reqUs(ds, Tags.MessageIDBeingRespondedTo, f),
                Commands.optUid(ds, Tags.AffectedSOPClassUID), Commands.optUid(ds, Tags.AffectedSOPInstanceUID),
                Commands.optUs(ds, Tags.EventTypeID), Commands.reqUs(ds, Tags.Status, f), Commands.detail(ds));
    }
}
