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
    public static final String MODALITY_PORT_PROPERTY = "harness.modalityPort";

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
