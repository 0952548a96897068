package org.dicomharness.dicom.net.pdu;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * User Identity Sub-Item of an A-ASSOCIATE-RQ (PS3.7 D.3.3.7.1).
 *
 * @param userIdentityType          1-5, see {@link UserIdentityType}
 * @param positiveResponseRequested whether the requestor asks for a User Identity Sub-Item in the AC
 * @param primaryField              username (UTF-8), Kerberos ticket, SAML assertion or JWT
 * @param secondaryField            the passcode for type 2; empty otherwise
 */
public record UserIdentityRq(int userIdentityType, boolean positiveResponseRequested, byte[] primaryField,
                             byte[] secondaryField) implements UserInformationItem {

    public UserIdentityRq {
        primaryField = primaryField.clone();
        secondaryField = secondaryField.clone();
    }

    public static UserIdentityRq username(String username, boolean positiveResponseRequested) {
        return new UserIdentityRq(UserIdentityType.USERNAME.code(), positiveResponseRequested,
                username.getBytes(StandardCharsets.UTF_8), new byte[0]);
    }

    public static UserIdentityRq usernameAndPasscode(String username, String passcode,
                                                     boolean positiveResponseRequested) {
        return new UserIdentityRq(UserIdentityType.USERNAME_AND_PASSCODE.code(), positiveResponseRequested,
                username.getBytes(StandardCharsets.UTF_8), passcode.getBytes(StandardCharsets.UTF_8));
    }

    public static UserIdentityRq of(UserIdentityType type, byte[] primary, boolean positiveResponseRequested) {
        return new UserIdentityRq(type.code(), positiveResponseRequested, primary, new byte[0]);
    }

    @Override
    public byte[] primaryField() {
        return primaryField.clone();
    }

    @Override
    public byte[] secondaryField() {
        return secondaryField.clone();
    }

    @Override
    public int itemType() {
        return ItemType.USER_IDENTITY_RQ;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserIdentityRq other && other.userIdentityType == userIdentityType
                && other.positiveResponseRequested == positiveResponseRequested
                && Arrays.equals(other.primaryField, primaryField) && Arrays.equals(other.secondaryField, secondaryField);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(primaryField) * 31 + userIdentityType;
    }

    /** Never prints a passcode or token: traces are evidence that may be shared. */
    @Override
    public String toString() {
        UserIdentityType type = UserIdentityType.ofCode(userIdentityType);
        String what = type == null ? "type " + userIdentityType + " (undefined)" : type.standardName();
        String shown = type == UserIdentityType.USERNAME || type == UserIdentityType.USERNAME_AND_PASSCODE
                ? " user=" + new String(primaryField, StandardCharsets.UTF_8)
                : " primary=" + primaryField.length + " bytes";
        return "UserIdentity " + what + shown + (secondaryField.length > 0 ? " passcode=(" + secondaryField.length
                + " bytes)" : "") + (positiveResponseRequested ? " response requested" : "");
    }
}
