package org.dicomharness.steps;

import java.nio.file.Path;

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
        String value = System.getProperty(VIEWER_PORT_PROPERTY, "0");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(VIEWER_PORT_PROPERTY + " '" + value + "' is not a port number", e);
        }
    }

    public static Path reportDirectory() {
        return Path.of(System.getProperty(REPORT_DIRECTORY_PROPERTY, "target/harness-report"));
    }
}
