package org.dicomharness.testdata.peers;

import java.nio.file.Path;
import java.util.List;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;

/** Runs DCMTK's dcmdump and reports what it complained about. */
public final class Dcmdump {

    private Dcmdump() {
    }

    /**
     * The warning and error lines ({@code W:}, {@code E:}, {@code F:}) dcmdump prints while reading
     * {@code file}, plus its exit code when it failed.
     */
    public static List<String> complaints(Path file) {
        Path program = Peers.require("dcmdump", "dcmtk");
        ProcessRunner.Result r = ProcessRunner.run(null, List.of(program.toString(), file.toString()));
        List<String> lines = r.err().lines()
                .filter(l -> l.startsWith("W:") || l.startsWith("E:") || l.startsWith("F:")).toList();
        if (r.exitCode() != 0) {
            return java.util.stream.Stream.concat(lines.stream(),
                    java.util.stream.Stream.of("dcmdump exited with " + r.exitCode())).toList();
        }
        return lines;
    }
}
