package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** N-EVENT-REPORT-RQ (PS3.7 10.3.1.1); the Event Information may follow as data set. */
public record NEventReportRq(int messageId, String affectedSopClassUid, String affectedSopInstanceUid, int eventTypeId)
        implements DimseRequest {

    @Override
    public CommandField commandField() {
        return CommandField.N_EVENT_REPORT_RQ;
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
        Commands.uid(ds, Tags.AffectedSOPInstanceUID, affectedSopInstanceUid);
        Commands.us(ds, Tags.EventTypeID, eventTypeId);
        return ds;
    }

    static NEventReportRq from(Dataset ds) throws DimseException {
        CommandField f = CommandField.N_EVENT_REPORT_RQ;
        return new NEventReportRq(Commands.reqUs(ds, Tags.MessageID, f), Commands.reqUid(ds, Tags.AffectedSOPClassUID, f),
                Commands.reqUid(ds, Tags.AffectedSOPInstanceUID, f), Commands.reqUs(ds, Tags.EventTypeID, f));
    }
}
