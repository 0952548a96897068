package org.dicomharness.validation.report;

import org.dicomharness.validation.Severity;
import org.dicomharness.validation.ValidationReport;

/**
 * The outcome of validating one input: its report, or why it could not be read.
 *
 * @param source  the file (or other name) the data set came from
 * @param report  the validation report, or {@code null} when the input could not be read
 * @param problem why the input could not be read, or {@code null}
 */
public record FileResult(String source, ValidationReport report, String problem) {

    public static FileResult of(String source, ValidationReport report) {
        return new FileResult(source, report, null);
    }

    public static FileResult unreadable(String source, String problem) {
        return new FileResult(source, null, problem);
    }

    public boolean readable() {
        return report != null;
    }

    public boolean passed() {
        return report != null && report.passed();
    }

    public long count(Severity severity) {
        return report == null ? 0 : report.bySeverity(severity).size();
    }

    public long waived() {
        return report == null ? 0 : report.findings().stream().filter(f -> f.isWaived()).count();
    }
}
