package org.dicomharness.simulators;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dicomharness.dicom.net.tls.TlsConfig;

/**
 * A remote application entity the simulators talk to: its AE title (the Called AE Title of the associations,
 * PS3.8 9.3.2), where it listens, and whether the connection uses TLS (PS3.15 Annex B).
 *
 * @param aeTitle 1 to 16 characters of the default repertoire, no backslash (PS3.5 Table 6.2-1, AE)
 * @param host    host name or IP literal
 * @param port    TCP port, 1-65535
 * @param tls     the TLS configuration, or {@code null} for plain TCP
 */
public record Target(String aeTitle, String host, int port, TlsConfig tls) {

    private static final Pattern FORM = Pattern.compile("([^@]+)@(\\[[^\\]]+\\]|[^:@]+):(\\d{1,5})");

    public Target {
        checkAeTitle(aeTitle, "target");
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("target " + aeTitle + " needs a host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("target " + aeTitle + "@" + host + " has port " + port + ", not 1-65535");
        }
    }

    public Target(String aeTitle, String host, int port) {
        this(aeTitle, host, port, null);
    }

    /**
     * Parses {@code AET@host:port} (an IPv6 literal in brackets: {@code AET@[::1]:104}).
     *
     * @throws IllegalArgumentException naming the expected form
     */
    public static Target parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("target '" + text + "' is not of the form AET@host:port "
                    + "(e.g. REFPACS@127.0.0.1:11112)");
        }
        String host = m.group(2);
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        return new Target(m.group(1), host, Integer.parseInt(m.group(3)));
    }

    public Target withTls(TlsConfig config) {
        return new Target(aeTitle, host, port, config);
    }

    public Target withAeTitle(String title) {
        return new Target(title, host, port, tls);
    }

    /** Checks an AE title against PS3.5 Table 6.2-1 (VR AE). */
    public static void checkAeTitle(String aeTitle, String role) {
        if (aeTitle == null || aeTitle.isBlank() || aeTitle.length() > 16 || aeTitle.contains("\\")
                || !aeTitle.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException(role + " AE title '" + aeTitle + "' must have 1 to 16 printable ASCII "
                    + "characters other than backslash, not all spaces (PS3.5 Table 6.2-1, VR AE)");
        }
    }

    @Override
    public String toString() {
        return aeTitle + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + (tls != null ? " (TLS)" : "");
    }
}
