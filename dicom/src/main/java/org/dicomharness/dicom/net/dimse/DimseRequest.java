package org.dicomharness.dicom.net.dimse;

/** A request primitive. */
public sealed interface DimseRequest extends DimseMessage permits CEchoRq, CStoreRq, CFindRq, CGetRq, CMoveRq,
        CCancelRq, NEventReportRq, NGetRq, NSetRq, NActionRq, NCreateRq, NDeleteRq {

    /** Message ID (0000,0110); for C-CANCEL-RQ, the ID of the request it cancels. */
    int messageId();

    /** The Affected or Requested SOP Class UID; {@code null} for C-CANCEL-RQ. */
    String sopClassUid();
}
