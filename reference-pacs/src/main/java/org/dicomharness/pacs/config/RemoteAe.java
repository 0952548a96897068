package org.dicomharness.pacs.config;

/** An AE the PACS may open associations to: a C-MOVE destination or a storage commitment requestor. */
public record RemoteAe(String aeTitle, String host, int port) {

    public RemoteAe {
        if (aeTitle == null || aeTitle.isBlank() || aeTitle.length() > 16) {
            throw new IllegalArgumentException("AE title '" + aeTitle + "' must have 1 to 16 characters (PS3.5 AE)");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("remote AE " + aeTitle + " needs a host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("remote AE " + aeTitle + " has port " + port + ", not 1-65535");
        }
    }
}
