package org.dicomharness.simulators.viewer;

import java.nio.file.Path;
import java.util.Objects;
import org.dicomharness.simulators.LocalAe;

/**
 * A simulated viewer's identity and where it keeps what it retrieves.
 *
 * @param local      our AE: the Calling AE Title, and the Move Destination the target must know
 * @param storageDir where retrieved objects are written (a folder per retrieve)
 * @param listenHost where the storage SCP for C-MOVE listens (127.0.0.1 in tests)
 * @param listenPort its port; 0 picks a free one
 */
public record ViewerConfig(LocalAe local, Path storageDir, String listenHost, int listenPort) {

    public ViewerConfig {
        Objects.requireNonNull(local, "the viewer needs its AE (LocalAe.of(\"VIEWER\"))");
        Objects.requireNonNull(storageDir, "the viewer needs a folder for retrieved objects");
        listenHost = listenHost == null ? "127.0.0.1" : listenHost;
        if (listenPort < 0 || listenPort > 65535) {
            throw new IllegalArgumentException("listen port " + listenPort + " is not 0-65535");
        }
    }

    public static ViewerConfig of(String aeTitle, Path storageDir) {
        return new ViewerConfig(LocalAe.of(aeTitle), storageDir, "127.0.0.1", 0);
    }

    public ViewerConfig withListen(String host, int port) {
        return new ViewerConfig(local, storageDir, host, port);
    }

    public ViewerConfig withLocal(LocalAe l) {
        return new ViewerConfig(l, storageDir, listenHost, listenPort);
    }
}
