package org.dicomharness.dicom.net.ul;

import java.time.Duration;

/**
 * The timers of an association. A zero duration disables a timer. Each expiry ends the association with the
 * abort the state machine prescribes and a trace note naming the timer.
 *
 * @param connect       opening the transport connection (and the TLS handshake) as requestor
 * @param artim         PS3.8 9.1.4 ARTIM: acceptor awaiting the A-ASSOCIATE-RQ (Sta2), either side awaiting
 *                      the transport close (Sta13); the requestor also waits at most this long for the
 *                      A-ASSOCIATE-AC/RJ (Sta5), then aborts as local user (Table 9-10 has no Evt18 in Sta5)
 * @param idle          an established association with no PDU in either direction for this long is aborted
 * @param dimseResponse how long a DIMSE requestor waits for the (next) response to a request
 */
public record Timeouts(Duration connect, Duration artim, Duration idle, Duration dimseResponse) {

    public Timeouts {
        for (Duration d : new Duration[] {connect, artim, idle, dimseResponse}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("timeouts must be zero (disabled) or positive: " + d);
            }
        }
    }

    public static Timeouts defaults() {
        return new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(60),
                Duration.ofSeconds(60));
    }

    public Timeouts withConnect(Duration d) {
        return new Timeouts(d, artim, idle, dimseResponse);
    }

    public Timeouts withArtim(Duration d) {
        return new Timeouts(connect, d, idle, dimseResponse);
    }

    public Timeouts withIdle(Duration d) {
        return new Timeouts(connect, artim, d, dimseResponse);
    }

    public Timeouts withDimseResponse(Duration d) {
        return new Timeouts(connect, artim, idle, d);
    }
}
