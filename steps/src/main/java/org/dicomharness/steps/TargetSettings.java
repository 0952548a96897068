package org.dicomharness.steps;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the scenarios run against, as given on the command line ({@code ./harness run --target ...}) or as system
 * properties: {@code reference} (default) starts the bundled reference PACS in-process; {@code AET@host:port}
 * names any DICOM target.
 */
public final class TargetSettings {

    public static final String TARGET_PROPERTY = "harness.target";
    public static final String CALLING_AE_PROPERTY = "harness.callingAe";
    public static final String REPORT_DIRECTORY_PROPERTY = "harness.reportDirectory";
    public static final String VIEWER_PORT_PROPERTY = "harness.viewerPort";
    public static final String MODALITY_PORT_PROPERTY = "harness.modalityPort";
    public static final String HL7_PROPERTY = "harness.hl7";

    /** The bundled reference PACS, started in this JVM. */
    public static final String REFERENCE = "reference";

    private TargetSettings() {
    }

    public static String target() {
        return System.getProperty(TARGET_PROPERTY, REFERENCE);
    }

    public static String callingAe() {
        return System.getProperty(CALLING_AE_PROPERTY, "HARNESS");
    }

    /** Port of the viewer's storage SCP (the Move Destination); 0 picks a free one, fine for the embedded target. */
    public static int viewerPort() {
        return port(VIEWER_PORT_PROPERTY);
    }

    /** Port of the modality's SCP, where storage commitment reports may arrive; 0 picks a free one. */
    public static int modalityPort() {
        return port(MODALITY_PORT_PROPERTY);
    }

    /**
     * Where a remote target receives HL7 v2 orders and ADT over MLLP, as {@code host:port}; empty when not given (the
     * reference PACS's own listener is used when it is the target).
     */
    public static Optional<InetSocketAddress> hl7() {
        String value = System.getProperty(HL7_PROPERTY);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(hostPort(value, HL7_PROPERTY));
    }

    /** Parses {@code host:port} (an IPv6 host in brackets), with a message that names the setting. */
    public static InetSocketAddress hostPort(String value, String setting) {
        int colon = value.lastIndexOf(':');
        String host = colon > 0 ? value.substring(0, colon) : "";
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = colon > 0 ? Integer.parseInt(value.substring(colon + 1)) : -1;
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (host.isEmpty() || port < 1 || port > 65535) {
            throw new IllegalArgumentException(setting + " '" + value + "' is not of the form host:port "
                    + "(e.g. 127.0.0.1:2575)");
        }
        return InetSocketAddress.createUnresolved(host, port);
    }

    private static int port(String property) {
        String value = System.getProperty(property, "0");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " '" + value + "' is not a port number", e);
        }
    }

    public static Path reportDirectory() {
        return Path.of(System.getProperty(REPORT_DIRECTORY_PROPERTY, "target/harness-report"));
    }
}
