package org.dicomharness.dicom.net.pdu;

/**
 * A protocol data unit of the DICOM Upper Layer (PS3.8 9.3): one record per PDU type of Table 9-11.
 * Records hold field values as received or as to be sent, including values a conformant peer would never
 * use, so that the harness can build and record faulty PDUs as well as correct ones.
 */
public sealed interface Pdu permits AAssociateRq, AAssociateAc, AAssociateRj, PDataTf, AReleaseRq, AReleaseRp, AAbort {

    PduType type();

    /** A one-line decoded summary for traces and messages. */
    String summary();
}
