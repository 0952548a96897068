package org.dicomharness.validation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The ways a list of validation results can be written. */
public enum ReportFormat {
    /** One block per file for people: verdict, then errors and warnings (and INFO on request). */
    TEXT,
    /** Every finding with its full path and rule, for programs. */
    JSON,
    /** JUnit XML: one test case per file, failing when the file has errors, for CI dashboards. */
    JUNIT;

    public void write(List<FileResult> results, OutputStream out, boolean includeInfo) throws IOException {
        switch (this) {
            case TEXT -> new TextReportWriter(includeInfo).write(results, out);
            case JSON -> new JsonReportWriter().write(results, out);
            case JUNIT -> new JunitReportWriter().write(results, out);
            default -> throw new IllegalStateException(name());
        }
    }
}
