package org.dicomharness.dicom.interop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dicomharness.dicom.testing.ProcessRunner;

/**
 * Runs dicom3tools' dciodvfy and sorts what it reports (on stderr) into encoding findings, which break
 * PS3.5 (a value invalid for its VR, an explicit VR that is not the element's, a wrong group length, a
 * structure it cannot parse), IOD findings (PS3.3: missing or unexpected attributes, module rules), and
 * dciodvfy's own limits (it does not know OV, SV and UV). An error that is neither a known IOD finding nor a
 * known limit counts as an encoding finding, so that nothing new slips through unread.
 */
final class Dciodvfy {

    enum Kind { ENCODING, IOD, TOOL_LIMIT, NOTE }

    /** One line of dciodvfy's report. */
    record Finding(boolean error, Kind kind, String line) {
        @Override
        public String toString() {
            return kind + " " + line;
        }
    }

    /** dciodvfy 20220618 does not support these VRs and says so for every element that has one. */
    private static final List<String> TOOL_LIMITS = List.of("value representation unsupported by this implementation",
            "unrecognized or unsupported tag - skipping", "unrecognized tag - assuming explicit value representation ok");

    /** Findings about PS3.5 encoding, whether dciodvfy calls them errors or warnings. */
    private static final List<String> ENCODING = List.of("value invalid for this vr", "invalid value representation",
            "invalid data values for value representations", "explicit value representation doesn't match",
            "bad group length", "odd length", "delimit", "premature", "truncat", "unable to read", "cannot read",
            "bad tag", "bad length", "bad value length");

    private Dciodvfy() {
    }

    static List<Finding> run(Path dir, Path file) {
        ProcessRunner.Result result = ProcessRunner.run(dir, List.of("dciodvfy", file.toString()));
        List<Finding> findings = new ArrayList<>();
        for (String line : (result.out() + "\n" + result.err()).split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                findings.add(classify(trimmed));
            }
        }
        return findings;
    }

    static Finding classify(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        boolean error = lower.contains("error -");
        boolean warning = lower.contains("warning -");
        for (String limit : TOOL_LIMITS) {
            if (lower.contains(limit)) {
                return new Finding(error, Kind.TOOL_LIMIT, line);
            }
        }
        for (String encoding : ENCODING) {
            if (lower.contains(encoding)) {
                return new Finding(error, Kind.ENCODING, line);
            }
        }
        if (error) {
            boolean iod = lower.contains("module=") || lower.contains("missing attribute") || lower.contains("iod")
                    || lower.contains("lookuptabledata") || lower.contains("not permitted");
            return new Finding(true, iod ? Kind.IOD : Kind.ENCODING, line);
        }
        return new Finding(false, warning ? Kind.IOD : Kind.NOTE, line);
    }

    static List<Finding> of(List<Finding> findings, Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(Finding::error).toList();
    }
}
