package org.dicomharness.dicom.net.pdu;

/**
 * A sub-item of the User Information Item (PS3.8 9.3.2.3, PS3.8 Annex D and PS3.7 Annex D.3.3). Sub-items
 * of a type this implementation does not know are kept as {@link UnknownUserInformationItem}: PS3.8 9.3.1
 * requires them to be skipped, and the harness records them as evidence.
 */
public sealed interface UserInformationItem permits MaximumLength, ImplementationClassUid, ImplementationVersionName,
        AsynchronousOperationsWindow, RoleSelection, SopClassExtendedNegotiation, SopClassCommonExtendedNegotiation,
        UserIdentityRq, UserIdentityAc, UnknownUserInformationItem {

    /** The item type (51H-59H, or the unknown type). */
    int itemType();
}
