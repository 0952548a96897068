package org.dicomharness.dicom.net.dimse;

import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** N-GET-RQ (PS3.7 10.3.2.1); an empty Attribute Identifier List asks for every attribute. */
public record NGetRq(int messageId, String requestedSopClassUid, String requestedSopInstanceUid,
                     List<Integer> attributeIdentifierList) implements DimseRequest {

    public NGetRq {
        attributeIdentifierList = List.copyOf(attributeIdentifierList);
    }

    @Override
    public CommandField commandField() {
        return CommandField.N_GET_RQ;
    }

    @Override
    public String sopClassUid() {
        return requestedSopClassUid;
    }

    @Override
    public Dataset command() {
        Dataset ds = Commands.start(commandField());
        Commands.uid(ds, Tags.RequestedSOPClassUID, requestedSopClassUid);
        Commands.us(ds, Tags.MessageID, messageId);
        Commands.uid(ds, Tags.RequestedSOPInstanceUID, requestedSopInstanceUid);
        Commands.at(ds, Tags.AttributeIdentifierList, attributeIdentifierList);
        return ds;
    }

    static NGetRq from(Dataset ds) throws DimseException {
        CommandField f = CommandField.N_GET_RQ;
        return new NGetRq(Commands.reqUs(ds, Tags.MessageID, f), Commands.reqUid(ds, Tags.RequestedSOPClassUID, f),
                Commands.reqUid(ds, Tags.RequestedSOPInstanceUID, f), Commands.ats(ds, Tags.AttributeIdentifierList));
    }
}
