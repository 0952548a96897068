package org.dicomharness.validation.report;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dicomharness.validation.Finding;
import org.dicomharness.validation.Severity;
import org.dicomharness.validation.ValidationReport;

/** Writes results for people: a verdict line per file, then its findings, then a summary. */
final class TextReportWriter {

    private final boolean includeInfo;

    TextReportWriter(boolean includeInfo) {
        this.includeInfo = includeInfo;
    }

    void write(List<FileResult> results, OutputStream stream) {
        PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8);
        int passed = 0;
        int failed = 0;
        int unreadable = 0;
        for (FileResult r : results) {
            if (!r.readable()) {
                unreadable++;
                out.println(r.source() + ": UNREADABLE: " + r.problem());
                continue;
            }
            ValidationReport report = r.report();
            if (report.passed()) {
                passed++;
            } else {
                failed++;
            }
            out.printf("%s: %s %s (%s) - %d error(s), %d warning(s), %d info%s%n", r.source(),
                    report.passed() ? "PASSED" : "FAILED", report.iod().isEmpty() ? "no IOD" : report.iod(),
                    report.sopClassUid(), r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO),
                    r.waived() > 0 ? ", " + r.waived() + " waived" : "");
            for (Finding f : report.findings()) {
                if (f.severity() != Severity.INFO || includeInfo) {
                    out.println("  " + f);
                }
            }
        }
        out.printf("%d file(s): %d passed, %d failed, %d unreadable%n", results.size(), passed, failed, unreadable);
        out.flush();
    }
}
