package org.dicomharness.dicom.net.pdu;

/** Item and sub-item types of the A-ASSOCIATE PDUs (PS3.8 9.3.2, 9.3.3 and PS3.7 Annex D.3.3). */
public final class ItemType {

    public static final int APPLICATION_CONTEXT = 0x10;
    public static final int PRESENTATION_CONTEXT_RQ = 0x20;
    public static final int PRESENTATION_CONTEXT_AC = 0x21;
    public static final int ABSTRACT_SYNTAX = 0x30;
    public static final int TRANSFER_SYNTAX = 0x40;
    public static final int USER_INFORMATION = 0x50;
    public static final int MAXIMUM_LENGTH = 0x51;
    public static final int IMPLEMENTATION_CLASS_UID = 0x52;
    public static final int ASYNCHRONOUS_OPERATIONS_WINDOW = 0x53;
    public static final int ROLE_SELECTION = 0x54;
    public static final int IMPLEMENTATION_VERSION_NAME = 0x55;
    public static final int SOP_CLASS_EXTENDED_NEGOTIATION = 0x56;
    public static final int SOP_CLASS_COMMON_EXTENDED_NEGOTIATION = 0x57;
    public static final int USER_IDENTITY_RQ = 0x58;
    public static final int USER_IDENTITY_AC = 0x59;

    private ItemType() {
    }

    /** The name of an item type for messages, e.g. {@code Presentation Context Item (20H)}. */
    public static String describe(int type) {
        String name = switch (type) {
            case APPLICATION_CONTEXT -> "Application Context Item";
            case PRESENTATION_CONTEXT_RQ -> "Presentation Context Item (RQ)";
            case PRESENTATION_CONTEXT_AC -> "Presentation Context Item (AC)";
            case ABSTRACT_SYNTAX -> "Abstract Syntax Sub-Item";
            case TRANSFER_SYNTAX -> "Transfer Syntax Sub-Item";
            case USER_INFORMATION -> "User Information Item";
            case MAXIMUM_LENGTH -> "Maximum Length Sub-Item";
            case IMPLEMENTATION_CLASS_UID -> "Implementation Class UID Sub-Item";
            case ASYNCHRONOUS_OPERATIONS_WINDOW -> "Asynchronous Operations Window Sub-Item";
            case ROLE_SELECTION -> "SCP/SCU Role Selection Sub-Item";
            case IMPLEMENTATION_VERSION_NAME -> "Implementation Version Name Sub-Item";
            case SOP_CLASS_EXTENDED_NEGOTIATION -> "SOP Class Extended Negotiation Sub-Item";
            case SOP_CLASS_COMMON_EXTENDED_NEGOTIATION -> "SOP Class Common Extended Negotiation Sub-Item";
            case USER_IDENTITY_RQ -> "User Identity Sub-Item (RQ)";
            case USER_IDENTITY_AC -> "User Identity Sub-Item (AC)";
            default -> "unknown item";
        };
        return String.format("%s (%02XH)", name, type);
    }
}
