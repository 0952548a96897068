package org.dicomharness.dicom.net.dimse;

/** A response primitive: the request it answers and its Status (0000,0900). */
public sealed interface DimseResponse extends DimseMessage permits CEchoRsp, CStoreRsp, CFindRsp, CGetRsp, CMoveRsp,
        NEventReportRsp, NGetRsp, NSetRsp, NActionRsp, NCreateRsp, NDeleteRsp {

    int messageIdBeingRespondedTo();

    int status();

    /** Error Comment, Error ID, Offending Element and Attribute Identifier List, when present. */
    ResponseDetail detail();

    /** Whether more responses to the same request follow (Pending, FF00/FF01). */
    default boolean isPending() {
        return StatusCategory.of(status()) == StatusCategory.PENDING;
    }
}
