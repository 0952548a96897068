package org.dicomharness.simulators.viewer;

import java.nio.file.Path;
import java.util.List;

/**
 * How one instance came back.
 *
 * @param sopInstanceUid  SOP Instance UID
 * @param verdict         the comparison's result
 * @param sentSyntax      syntax of the data set sent, or {@code null}
 * @param receivedSyntax  syntax of the data set received, or {@code null}
 * @param sentSha256      digest of the data set sent, or {@code null}
 * @param receivedSha256  digest of the data set received, or {@code null}
 * @param differences     the attribute-level differences (empty when identical)
 * @param receivedFile    the file received, or {@code null}
 */
public record InstanceVerdict(String sopInstanceUid, Verdict verdict, String sentSyntax, String receivedSyntax,
                              String sentSha256, String receivedSha256, List<AttributeDifference> differences,
                              Path receivedFile) {

    public enum Verdict {
        /** Same transfer syntax, same SHA-256 of the data set: bit-identical. */
        IDENTICAL,
        /** Bytes differ, attributes do not, except where coercion is allowed (or the syntax differs). */
        EQUIVALENT,
        /** At least one attribute differs where no coercion is allowed, or the data set cannot be read. */
        DIFFERENT,
        /** Sent but not received. */
        MISSING,
        /** Received but not among those sent. */
        UNEXPECTED
    }

    public InstanceVerdict {
        differences = List.copyOf(differences);
    }

    /** Differences the target was not allowed to make. */
    public List<AttributeDifference> disallowed() {
        return differences.stream().filter(d -> !d.allowed()).toList();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(sopInstanceUid + ": " + verdict);
        if (verdict == Verdict.IDENTICAL) {
            sb.append(" (sha256 ").append(sentSha256, 0, Math.min(16, sentSha256.length())).append("...)");
        }
        if (sentSyntax != null && receivedSyntax != null && !sentSyntax.equals(receivedSyntax)) {
            sb.append(" syntax ").append(sentSyntax).append(" -> ").append(receivedSyntax);
        }
        for (AttributeDifference d : differences) {
            sb.append("\n    ").append(d);
        }
        return sb.toString();
    }
}
