package org.dicomharness.dicom.net.dimse;

/**
 * A named DIMSE status code: its category (PS3.7 C.1), its name in a service class, and the table it comes from.
 *
 * @param code      the Status (0000,0900) value
 * @param category  success, warning, failure, cancel or pending
 * @param name      the name PS3.7 or PS3.4 gives it in {@code service}
 * @param service   the service class whose table names it ({@link ServiceClass#GENERAL} for PS3.7 Annex C)
 * @param reference the section of the standard
 */
public record Status(int code, StatusCategory category, String name, ServiceClass service, String reference) {

    // Codes the implementation itself answers with; names come from the registry.
    public static final int SUCCESS = 0x0000;
    public static final int PENDING = 0xFF00;
    public static final int PENDING_WARNING = 0xFF01;
    public static final int CANCEL = 0xFE00;
    public static final int PROCESSING_FAILURE = 0x0110;
    public static final int NO_SUCH_SOP_CLASS = 0x0118;
    public static final int SOP_CLASS_NOT_SUPPORTED = 0x0122;
    public static final int UNRECOGNIZED_OPERATION = 0x0211;
    public static final int MISTYPED_ARGUMENT = 0x0212;
    public static final int RESOURCE_LIMITATION = 0x0213;
    public static final int STORAGE_OUT_OF_RESOURCES = 0xA700;
    public static final int STORAGE_DATA_SET_MISMATCH = 0xA900;
    public static final int STORAGE_CANNOT_UNDERSTAND = 0xC000;
    public static final int SUB_OPERATIONS_WARNING = 0xB000;
    public static final int MOVE_DESTINATION_UNKNOWN = 0xA801;
    public static final int UNABLE_TO_PROCESS = 0xC000;

    /** e.g. {@code A700 Refused: Out of Resources [failure, PS3.4 B.2.3]}. */
    @Override
    public String toString() {
        return String.format("%04X %s [%s, %s]", code, name, category.name().toLowerCase(java.util.Locale.ROOT),
                reference);
    }
}
