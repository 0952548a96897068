package org.dicomharness.dicom.net.pdu;

import org.dicomharness.dicom.dict.UidRegistry;

/** UID helpers for PDU items: validation per PS3.5 9.1 and readable names for traces. */
public final class Uid {

    private Uid() {
    }

    /** The UID followed by its PS3.6 name when it is registered, e.g. {@code 1.2.840.10008.1.1 (Verification)}. */
    public static String describe(String uid) {
        if (uid == null) {
            return "(none)";
        }
        String name = UidRegistry.standard().lookup(uid).map(e -> e.name()).orElse(null);
        return name == null ? uid : uid + " (" + name + ")";
    }

    /**
     * Whether {@code uid} is well formed (PS3.5 9.1): 1-64 characters, components of digits separated by
     * periods, no leading zero in a component of more than one digit.
     */
    public static boolean isValid(String uid) {
        if (uid == null || uid.isEmpty() || uid.length() > 64) {
            return false;
        }
        int componentStart = 0;
        for (int i = 0; i <= uid.length(); i++) {
            if (i == uid.length() || uid.charAt(i) == '.') {
                int len = i - componentStart;
                if (len == 0 || len > 1 && uid.charAt(componentStart) == '0') {
                    return false;
                }
                componentStart = i + 1;
            } else if (uid.charAt(i) < '0' || uid.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
