package org.dicomharness.dicom.net.dimse;

/**
 * The service class whose status table applies to a response (the key of a row in {@code statuses.tsv}).
 * A status code's meaning depends on it: A700 is "Refused: Out of Resources" for storage, C000 "Cannot
 * understand" for storage but "Unable to process" for Query/Retrieve.
 */
public enum ServiceClass {
    GENERAL("general"),
    VERIFICATION("verification"),
    STORAGE("storage"),
    NON_PATIENT_STORAGE("non-patient-storage"),
    QR_FIND("qr-find"),
    QR_MOVE("qr-move"),
    QR_GET("qr-get"),
    ROOT_RETRIEVE("root-retrieve"),
    MODALITY_WORKLIST("mwl"),
    MPPS("mpps"),
    STORAGE_COMMITMENT("storage-commitment"),
    PRINT("print"),
    MEDIA_CREATION("media-creation"),
    APPLICATION_EVENT_LOGGING("application-event-logging"),
    RELEVANT_PATIENT("relevant-patient"),
    SUBSTANCE_ADMINISTRATION("substance-administration"),
    UPS("ups"),
    RT_MACHINE_VERIFICATION("rt-machine-verification");

    private final String key;

    ServiceClass(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static ServiceClass ofKey(String key) {
        for (ServiceClass s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no service class '" + key + "'");
    }

    /** The service class of a DIMSE operation on a SOP Class (the SOP Class UID roots of PS3.4). */
    public static ServiceClass of(CommandField command, String sopClassUid) {
        String uid = sopClassUid == null ? "" : sopClassUid;
        return switch (command) {
            case C_ECHO_RQ, C_ECHO_RSP -> VERIFICATION;
            case C_STORE_RQ, C_STORE_RSP -> STORAGE;
            case C_MOVE_RQ, C_MOVE_RSP -> uid.startsWith("1.2.840.10008.5.1.4.1.2.4.") ? ROOT_RETRIEVE : QR_MOVE;
            case C_GET_RQ, C_GET_RSP -> uid.startsWith("1.2.840.10008.5.1.4.1.2.4.") ? ROOT_RETRIEVE : QR_GET;
            case C_FIND_RQ, C_FIND_RSP -> {
                if (uid.equals("1.2.840.10008.5.1.4.31")) {
                    yield MODALITY_WORKLIST;
                }
                if (uid.startsWith("1.2.840.10008.5.1.4.34.6.")) {
                    yield UPS;
                }
                if (uid.startsWith("1.2.840.10008.5.1.4.37.")) {
                    yield RELEVANT_PATIENT;
                }
                if (uid.equals("1.2.840.10008.5.1.4.41") || uid.equals("1.2.840.10008.5.1.4.42")) {
                    yield SUBSTANCE_ADMINISTRATION;
                }
                yield QR_FIND;
            }
            default -> nService(uid);
        };
    }

    private static ServiceClass nService(String uid) {
        if (uid.equals("1.2.840.10008.3.1.2.3.3") || uid.equals("1.2.840.10008.3.1.2.3.5")) {
            return MPPS;
        }
        if (uid.equals("1.2.840.10008.1.20.1")) {
            return STORAGE_COMMITMENT;
        }
        if (uid.equals("1.2.840.10008.5.1.1.33")) {
            return MEDIA_CREATION;
        }
        if (uid.startsWith("1.2.840.10008.5.1.1.")) {
            return PRINT;
        }
        if (uid.startsWith("1.2.840.10008.5.1.4.34.6.")) {
            return UPS;
        }
        if (uid.equals("1.2.840.10008.1.40")) {
            return APPLICATION_EVENT_LOGGING;
        }
        if (uid.equals("1.2.840.10008.5.1.4.34.8") || uid.equals("1.2.840.10008.5.1.4.34.9")) {
            return RT_MACHINE_VERIFICATION;
        }
        return GENERAL;
    }
}
