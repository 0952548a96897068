package org.dicomharness.simulators.modality;

import org.dicomharness.simulators.LocalAe;

/**
 * A simulated modality's identity and behaviour.
 *
 * @param local       our AE (Calling AE Title, timers, TLS of the listening SCP); also the Performed Station AE Title
 * @param stationName Performed Station Name (0040,0242), SH
 * @param proposals   the storage presentation contexts proposed, and fallback
 * @param listenHost  where the modality's own SCP listens for storage commitment reports (127.0.0.1 in tests)
 * @param listenPort  its port; 0 picks a free one
 */
public record ModalityConfig(LocalAe local, String stationName, ProposalPolicy proposals, String listenHost,
                             int listenPort) {

    public ModalityConfig {
        if (local == null) {
            throw new IllegalArgumentException("the modality needs its AE (LocalAe.of(\"MODALITY\"))");
        }
        stationName = stationName == null ? "" : stationName;
        if (stationName.length() > 16) {
            throw new IllegalArgumentException("station name '" + stationName + "' exceeds 16 characters (SH)");
        }
        proposals = proposals == null ? ProposalPolicy.defaults() : proposals;
        listenHost = listenHost == null ? "127.0.0.1" : listenHost;
        if (listenPort < 0 || listenPort > 65535) {
            throw new IllegalArgumentException("listen port " + listenPort + " is not 0-65535");
        }
    }

    /** A modality called {@code aeTitle}, default proposals, SCP on a free loopback port. */
    public static ModalityConfig of(String aeTitle) {
        return new ModalityConfig(LocalAe.of(aeTitle), "SIM-" + (aeTitle.length() > 12 ? aeTitle.substring(0, 12)
                : aeTitle), ProposalPolicy.defaults(), "127.0.0.1", 0);
    }

    public ModalityConfig withLocal(LocalAe l) {
        return new ModalityConfig(l, stationName, proposals, listenHost, listenPort);
    }

    public ModalityConfig withProposals(ProposalPolicy p) {
        return new ModalityConfig(local, stationName, p, listenHost, listenPort);
    }

    public ModalityConfig withListen(String host, int port) {
        return new ModalityConfig(local, stationName, proposals, host, port);
    }

    public ModalityConfig withStationName(String name) {
        return new ModalityConfig(local, name, proposals, listenHost, listenPort);
    }
}
