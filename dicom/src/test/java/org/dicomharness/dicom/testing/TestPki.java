package org.dicomharness.dicom.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import org.dicomharness.dicom.net.tls.TlsConfig;
import org.dicomharness.dicom.net.tls.TlsProfile;

/**
 * Keys and certificates generated at test time with the JDK's keytool (nothing private is committed): a
 * self-signed RSA certificate each for a "server" and a "client", PKCS#12 stores for JSSE, PEM files for
 * DCMTK, and one trust store holding both certificates.
 */
public record TestPki(Path dir, Path serverStore, Path clientStore, Path trustStore, Path serverKeyPem,
                      Path serverCertPem, Path clientKeyPem, Path clientCertPem) {

    public static final char[] PASSWORD = "harness-test".toCharArray();

    public static TestPki generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        String pw = new String(PASSWORD);
        for (String who : List.of("server", "client")) {
            Path store = dir.resolve(who + ".p12");
            ProcessRunner.run(dir, List.of(keytool.toString(), "-genkeypair", "-alias", who, "-keyalg", "RSA",
                    "-keysize", "2048", "-validity", "2", "-dname", "CN=harness-test-" + who, "-ext",
                    "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", pw, "-keypass", pw)).check();
            ProcessRunner.run(dir, List.of(keytool.toString(), "-exportcert", "-rfc", "-alias", who, "-keystore",
                    store.toString(), "-storepass", pw, "-file", dir.resolve(who + ".crt").toString())).check();
            ProcessRunner.run(dir, List.of(keytool.toString(), "-importcert", "-noprompt", "-alias", who, "-file",
                    dir.resolve(who + ".crt").toString(), "-storetype", "PKCS12", "-keystore",
                    dir.resolve("trust.p12").toString(), "-storepass", pw)).check();
            writeKeyPem(store, who, dir.resolve(who + ".key"));
        }
        return new TestPki(dir, dir.resolve("server.p12"), dir.resolve("client.p12"), dir.resolve("trust.p12"),
                dir.resolve("server.key"), dir.resolve("server.crt"), dir.resolve("client.key"), dir.resolve("client.crt"));
    }

    /** The private key as unencrypted PKCS#8 PEM, the form DCMTK's +tls reads. */
    private static void writeKeyPem(Path store, String alias, Path pem) throws IOException {
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, PASSWORD);
            PrivateKey key = (PrivateKey) ks.getKey(alias, PASSWORD);
            String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
            Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n" + b64 + "\n-----END PRIVATE KEY-----\n");
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the generated key of " + alias, e);
        }
    }

    public TlsConfig server(TlsProfile profile, boolean requireClientCertificate) throws IOException {
        return TlsConfig.fromKeyStores(serverStore, PASSWORD, trustStore, PASSWORD, profile, requireClientCertificate);
    }

    public TlsConfig client(TlsProfile profile) throws IOException {
        return TlsConfig.fromKeyStores(clientStore, PASSWORD, trustStore, PASSWORD, profile, false);
    }

    /** A client with no certificate of its own. */
    public TlsConfig anonymousClient(TlsProfile profile) throws IOException {
        return TlsConfig.fromKeyStores(null, null, trustStore, PASSWORD, profile, false);
    }
}
