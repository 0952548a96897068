package org.dicomharness.testdata.peers;

import java.nio.file.Path;
import java.util.List;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;

/** Runs dicom3tools' dciodvfy on a file and returns its findings (it writes them to stderr). */
public final class Dciodvfy {

    private Dciodvfy() {
    }

    /** The {@code Error - ...} lines dciodvfy prints for {@code file}. */
    public static List<String> errors(Path file) {
        Path program = Peers.require("dciodvfy", "dicom3tools");
        ProcessRunner.Result r = ProcessRunner.run(null, List.of(program.toString(), file.toString()));
        String output = r.err() + r.out();
        List<String> errors = output.lines().filter(l -> l.startsWith("Error")).toList();
        if (r.exitCode() != 0 && errors.isEmpty()) {
            return List.of("dciodvfy exited with " + r.exitCode() + ": " + output.strip());
        }
        return errors;
    }
}
