package org.dicomharness.simulators.viewer;


/**
 * One difference between the data set sent and the one received.
 *
 * @param path     where: {@code (0010,0010) PatientName}, or inside a sequence
 *                 {@code (0040,0275) RequestAttributesSequence[1] > (0040,1001) RequestedProcedureID}
 * @param kind     what happened to the attribute
 * @param sent     the value sent (rendered), or empty
 * @param received the value received (rendered), or empty
 * @param allowed  whether the target may change it ({@link VerifyOptions#coercible()})
 */
public record AttributeDifference(String path, Kind kind, String sent, String received, boolean allowed) {

    public enum Kind {
        /** Present in what came back only. */
        ADDED,
        /** Sent but not returned. */
        REMOVED,
        /** Another value, VR or item count. */
        CHANGED
    }

    @Override
    public String toString() {
        return path + " " + kind.name().toLowerCase(java.util.Locale.ROOT) + ": "
                + switch (kind) {
                    case ADDED -> "[" + received + "]";
                    case REMOVED -> "[" + sent + "]";
                    case CHANGED -> "[" + sent + "] -> [" + received + "]";
                } + (allowed ? " (allowed coercion)" : "");
    }
}
