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

    public static Path reportDirectory() {
        return Path.of(System.getProperty(REPORT_DIRECTORY_PROPERTY, "target/harness-report"));
    }
}
