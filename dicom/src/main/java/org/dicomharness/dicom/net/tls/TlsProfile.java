package org.dicomharness.dicom.net.tls;

import java.util.List;

/**
 * The Secure Transport Connection Profiles of PS3.15 Annex B that this implementation offers, as the
 * protocol versions and cipher suites given to JSSE.
 *
 * <p>{@link #BCP195}: PS3.15 B.9 (BCP 195 TLS Profile) with TLS 1.3 as B.11 (Extended BCP 195) permits;
 * TLS 1.2 and 1.3 only, with the cipher suites BCP 195 (RFC 9325 4.2) recommends: ephemeral (EC)DHE key
 * exchange and AEAD ciphers, nothing else. {@link #BCP195_TLS12} and {@link #BCP195_TLS13} pin one protocol
 * version, for tests and for peers that need it.
 */
public enum TlsProfile {
    BCP195(List.of("TLSv1.3", "TLSv1.2")),
    BCP195_TLS12(List.of("TLSv1.2")),
    BCP195_TLS13(List.of("TLSv1.3"));

    /** RFC 9325 4.2 recommended TLS 1.2 cipher suites. */
    public static final List<String> TLS12_CIPHER_SUITES = List.of(
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384");

    /** TLS 1.3 cipher suites (RFC 8446 9.1; RFC 9325 4.2 places no further restriction). */
    public static final List<String> TLS13_CIPHER_SUITES = List.of(
            "TLS_AES_128_GCM_SHA256",
            "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256");

    private final List<String> protocols;

    TlsProfile(List<String> protocols) {
        this.protocols = protocols;
    }

    public List<String> protocols() {
        return protocols;
    }

    /** The cipher suites of the profile's protocol versions, TLS 1.3 suites first. */
    public List<String> cipherSuites() {
        java.util.ArrayList<String> suites = new java.util.ArrayList<>();
        if (protocols.contains("TLSv1.3")) {
            suites.addAll(TLS13_CIPHER_SUITES);
        }
        if (protocols.contains("TLSv1.2")) {
            suites.addAll(TLS12_CIPHER_SUITES);
        }
        return List.copyOf(suites);
    }
}
