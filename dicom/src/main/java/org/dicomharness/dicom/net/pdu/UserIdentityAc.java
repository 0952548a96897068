package org.dicomharness.dicom.net.pdu;

import java.util.Arrays;

/**
 * User Identity Sub-Item of an A-ASSOCIATE-AC (PS3.7 D.3.3.7.2): the server response (a Kerberos server
 * ticket, a SAML response or a JWT; empty for username identities).
 */
public record UserIdentityAc(byte[] serverResponse) implements UserInformationItem {

    public UserIdentityAc {
        serverResponse = serverResponse.clone();
    }

    @Override
    public byte[] serverResponse() {
        return serverResponse.clone();
    }

    @Override
    public int itemType() {
        return ItemType.USER_IDENTITY_AC;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserIdentityAc other && Arrays.equals(other.serverResponse, serverResponse);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(serverResponse);
    }

    @Override
    public String toString() {
        return "UserIdentityAC server-response=" + serverResponse.length + " bytes";
    }
}
