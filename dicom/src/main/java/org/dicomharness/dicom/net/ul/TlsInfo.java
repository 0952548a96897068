package org.dicomharness.dicom.net.ul;

/**
 * The TLS session of a transport connection, as evidence (PS3.15 Annex B).
 *
 * @param protocol      e.g. {@code TLSv1.3}
 * @param cipherSuite   e.g. {@code TLS_AES_128_GCM_SHA256}
 * @param peerPrincipal the subject of the peer's certificate, or {@code null} when it sent none
 */
public record TlsInfo(String protocol, String cipherSuite, String peerPrincipal) {

    @Override
    public String toString() {
        return protocol + " " + cipherSuite + (peerPrincipal != null ? " peer " + peerPrincipal : " (no peer certificate)");
    }
}
