package org.dicomharness.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dicomharness.dicom.net.tls.TlsConfig;
import org.dicomharness.dicom.net.tls.TlsProfile;
import org.dicomharness.dicom.net.ul.Association;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.Timeouts;
import picocli.CommandLine.Option;

/** Options every network command shares: our AE title, TLS, timers, Maximum Length, and the trace file. */
final class NetworkOptions {

    @Option(names = "--calling", paramLabel = "AET", defaultValue = "HARNESS",
            description = "our AE title, the Calling AE Title (default ${DEFAULT-VALUE})")
    String calling;

    @Option(names = "--tls", description = "use TLS (PS3.15 B.9 BCP 195 profile, TLS 1.2 and 1.3)")
    boolean tls;

    @Option(names = "--tls-version", paramLabel = "1.2|1.3", description = "only this TLS version")
    String tlsVersion;

    @Option(names = "--key-store", paramLabel = "FILE",
            description = "PKCS#12 (or .jks) store with our private key and certificate; omit to send none")
    Path keyStore;

    @Option(names = "--key-store-password", paramLabel = "PASSWORD", defaultValue = "",
            description = "password of --key-store")
    String keyStorePassword;

    @Option(names = "--trust-store", paramLabel = "FILE", description = "store with the certificates we trust (required with --tls)")
    Path trustStore;

    @Option(names = "--trust-store-password", paramLabel = "PASSWORD", defaultValue = "",
            description = "password of --trust-store")
    String trustStorePassword;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "connect timer, TLS handshake included (default ${DEFAULT-VALUE})")
    double connectTimeout;

    @Option(names = "--artim", paramLabel = "SECONDS", defaultValue = "10",
            description = "ARTIM timer: waiting for the A-ASSOCIATE-AC/RJ and for the connection to close (default ${DEFAULT-VALUE})")
    double artim;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "abort an association with no PDU for this long (default ${DEFAULT-VALUE})")
    double idle;

    @Option(names = "--dimse-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "DIMSE response timer (default ${DEFAULT-VALUE})")
    double dimse;

    @Option(names = "--max-pdu", paramLabel = "BYTES", defaultValue = "65536",
            description = "the Maximum Length we announce (default ${DEFAULT-VALUE}; 0 = no limit)")
    long maxPdu;

    @Option(names = "--trace", paramLabel = "FILE", description = "write the association's PDU trace to FILE")
    Path trace;

    Timeouts timeouts() {
        return new Timeouts(seconds(connectTimeout), seconds(artim), seconds(idle), seconds(dimse));
    }

    private static Duration seconds(double s) {
        if (s < 0) {
            throw new IllegalArgumentException("timeouts are zero (off) or positive, not " + s);
        }
        return Duration.ofMillis(Math.round(s * 1000));
    }

    long maxPduLength() {
        if (maxPdu != 0 && (maxPdu < 7 || maxPdu > 0xFFFFFFFFL)) {
            throw new IllegalArgumentException("--max-pdu must be 0 or 7 to 4294967295, not " + maxPdu);
        }
        return maxPdu;
    }

    AssociationRequestor requestor() throws IOException {
        return new AssociationRequestor(timeouts(), tlsConfig());
    }

    TlsConfig tlsConfig() throws IOException {
        if (!tls) {
            if (keyStore != null || trustStore != null || tlsVersion != null) {
                throw new IllegalArgumentException("--key-store, --trust-store and --tls-version need --tls");
            }
            return null;
        }
        if (trustStore == null) {
            throw new IllegalArgumentException("--tls needs --trust-store: the certificates of the peers we trust");
        }
        TlsProfile profile = tlsVersion == null ? TlsProfile.BCP195 : switch (tlsVersion) {
            case "1.2" -> TlsProfile.BCP195_TLS12;
            case "1.3" -> TlsProfile.BCP195_TLS13;
            default -> throw new IllegalArgumentException("--tls-version is 1.2 or 1.3, not " + tlsVersion);
        };
        return TlsConfig.fromKeyStores(keyStore, keyStore == null ? null : keyStorePassword.toCharArray(), trustStore,
                trustStorePassword.toCharArray(), profile, false);
    }

    /** Writes the trace when --trace was given; a failure to write is reported, not fatal. */
    void writeTrace(Association a) {
        if (trace == null || a == null) {
            return;
        }
        try {
            Files.writeString(trace, a.trace().toText(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("harness: cannot write the trace to " + trace + ": " + e.getMessage());
        }
    }
}
