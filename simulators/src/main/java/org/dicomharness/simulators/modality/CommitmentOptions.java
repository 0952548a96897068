package org.dicomharness.simulators.modality;

import java.time.Duration;

/**
 * How a storage commitment request waits for its result.
 *
 * @param timeout             how long to wait for the N-EVENT-REPORT after the N-ACTION-RSP
 * @param sameAssociationWait how long the N-ACTION association stays open for the report to come on it (PS3.4
 *                            J.3.3: the SCP may use it or open a new association); after that it is released and
 *                            only a report on a new association to the simulator's own SCP can arrive. Zero releases
 *                            at once.
 */
public record CommitmentOptions(Duration timeout, Duration sameAssociationWait) {

    public CommitmentOptions {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the commitment timeout must be positive, not " + timeout);
        }
        if (sameAssociationWait == null || sameAssociationWait.isNegative()) {
            throw new IllegalArgumentException("sameAssociationWait must be zero or positive, not " + sameAssociationWait);
        }
    }

    /** Waits up to 30 s, keeping the N-ACTION association open all that time. */
    public static CommitmentOptions defaults() {
        return new CommitmentOptions(Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    /**
     * Releases the N-ACTION association as soon as the N-ACTION-RSP is in: a report the SCP has not sent on it by then
     * must come on a new association (an SCP that sends it right behind its response may still use the first).
     */
    public CommitmentOptions reportOnNewAssociation() {
        return new CommitmentOptions(timeout, Duration.ZERO);
    }

    public CommitmentOptions withTimeout(Duration t) {
        return new CommitmentOptions(t, sameAssociationWait.compareTo(t) > 0 ? t : sameAssociationWait);
    }
}
