package org.dicomharness.pacs.store;

/**
 * The archive's answer to a C-STORE: the status for the C-STORE-RSP and, for anything but plain success, an Error
 * Comment (0000,0902) saying why.
 *
 * @param status        DIMSE status (PS3.4 B.2.3, PS3.7 C)
 * @param errorComment  text for Error Comment, or {@code null}
 * @param storedPath    where the object lies, relative to the data folder, when one was stored
 */
public record StoreOutcome(int status, String errorComment, String storedPath) {

    /** PS3.4 B.2.3 Success. */
    public static final int SUCCESS = 0x0000;
    /** PS3.4 B.2.3 Warning: Coercion of Data Elements. */
    public static final int WARNING_COERCION = 0xB000;
    /** PS3.4 B.2.3 Warning: Data Set does not match SOP Class. */
    public static final int WARNING_DATASET_MISMATCH = 0xB007;
    /** PS3.7 C.4 (0111H) Duplicate SOP Instance: used for a UID already held with other content. */
    public static final int DUPLICATE_SOP_INSTANCE = 0x0111;
    /** PS3.7 C.4 (0117H) Invalid SOP Instance: the UID breaks the construction rules of PS3.5 9.1. */
    public static final int INVALID_SOP_INSTANCE = 0x0117;
    /** PS3.7 C.4 (0122H) SOP Class not supported. */
    public static final int SOP_CLASS_NOT_SUPPORTED = 0x0122;
    /** PS3.4 B.2.3 Refused: Out of Resources (disk full, index unavailable). */
    public static final int OUT_OF_RESOURCES = 0xA700;
    /** PS3.4 B.2.3 Error: Data Set does not match SOP Class. */
    public static final int DATASET_MISMATCH = 0xA900;
    /** PS3.4 B.2.3 Error: Cannot understand (the data set does not parse). */
    public static final int CANNOT_UNDERSTAND = 0xC000;
    /** PS3.4 B.2.3 Cxxx (Cannot understand): the Study Instance UID is held for another Patient ID. */
    public static final int PATIENT_CONFLICT = 0xC001;

    public boolean isSuccess() {
        return status == SUCCESS;
    }

    public boolean isWarning() {
        return (status & 0xF000) == 0xB000;
    }

    public boolean isFailure() {
        return !isSuccess() && !isWarning();
    }
}
