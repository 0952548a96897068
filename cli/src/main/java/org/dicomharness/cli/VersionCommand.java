package org.dicomharness.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.io.FileMetaInformation;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code harness version}: the harness version, its DICOM identity and the dictionary edition it carries. */
@Command(name = "version", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Print the harness version, implementation UID and dictionary edition.")
final class VersionCommand implements Callable<Integer> {

    static String version() {
        try (InputStream in = VersionCommand.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String[] lines() {
        return new String[] {
            "DICOM Conformance Harness " + version(),
            "Implementation Class UID " + FileMetaInformation.IMPLEMENTATION_CLASS_UID,
            "Implementation Version Name " + FileMetaInformation.IMPLEMENTATION_VERSION_NAME,
            "Data dictionary: DICOM 2025e, " + ElementDictionary.standard().size() + " entries",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    @Override
    public Integer call() {
        for (String line : lines()) {
            System.out.println(line);
        }
        return ExitCodes.OK;
    }

    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return lines();
        }
    }
}
