package org.dicomharness.dicom.net.pdu;

/** User-Identity-Type values of the User Identity Sub-Item (PS3.7 D.3.3.7, Table D.3-14). */
public enum UserIdentityType {
    USERNAME(1, "Username as a string in UTF-8"),
    USERNAME_AND_PASSCODE(2, "Username as a string in UTF-8 and passcode"),
    KERBEROS(3, "Kerberos Service ticket"),
    SAML(4, "SAML Assertion"),
    JWT(5, "JSON Web Token (JWT)");

    private final int code;
    private final String standardName;

    UserIdentityType(int code, String standardName) {
        this.code = code;
        this.standardName = standardName;
    }

    public int code() {
        return code;
    }

    public String standardName() {
        return standardName;
    }

    /** The type with this code, or {@code null} for a value PS3.7 does not define. */
    public static UserIdentityType ofCode(int code) {
        for (UserIdentityType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}
