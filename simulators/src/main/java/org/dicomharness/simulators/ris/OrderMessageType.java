package org.dicomharness.simulators.ris;

/**
 * The two message forms of IHE RAD-4 (Procedure Scheduled) and RAD-13 (Procedure Update): ORM^O01 with the DICOM
 * identifiers in OBR-18..24 and the Study Instance UID in the ZDS segment, and OMI^O23 (HL7 2.5) with them in IPC.
 */
public enum OrderMessageType {
    ORM_O01, OMI_O23
}
