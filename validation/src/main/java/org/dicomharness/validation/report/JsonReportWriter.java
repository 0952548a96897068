package org.dicomharness.validation.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dicomharness.validation.Finding;
import org.dicomharness.validation.Severity;

/**
 * Writes results as JSON: {@code {"files": [{"file", "readable", "problem", "sopClassUid", "sopInstanceUid", "iod",
 * "passed", "findings": [{"severity", "iod", "module", "path", "pathKeywords", "pathTags", "rule": {"document",
 * "reference", "title"}, "found", "expected", "waived", "waiver"}]}], "summary": {...}}}.
 */
final class JsonReportWriter {

    void write(List<FileResult> results, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("files");
            int passed = 0;
            int failed = 0;
            int unreadable = 0;
            for (FileResult r : results) {
                g.writeStartObject();
                g.writeStringField("file", r.source());
                g.writeBooleanField("readable", r.readable());
                if (!r.readable()) {
                    unreadable++;
                    g.writeStringField("problem", r.problem());
                    g.writeEndObject();
                    continue;
                }
                if (r.passed()) {
                    passed++;
                } else {
                    failed++;
                }
                g.writeStringField("sopClassUid", r.report().sopClassUid());
                g.writeStringField("sopInstanceUid", r.report().sopInstanceUid());
                g.writeStringField("iod", r.report().iod());
                g.writeBooleanField("passed", r.passed());
                g.writeNumberField("errors", r.count(Severity.ERROR));
                g.writeNumberField("warnings", r.count(Severity.WARNING));
                g.writeNumberField("info", r.count(Severity.INFO));
                g.writeArrayFieldStart("findings");
                for (Finding f : r.report().findings()) {
                    writeFinding(g, f);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", results.size());
            g.writeNumberField("passed", passed);
            g.writeNumberField("failed", failed);
            g.writeNumberField("unreadable", unreadable);
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void writeFinding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("iod", f.iod());
        g.writeStringField("module", f.module());
        g.writeStringField("path", f.path().toString());
        g.writeStringField("pathKeywords", f.path().keywords());
        g.writeStringField("pathTags", f.path().tags());
        g.writeObjectFieldStart("rule");
        g.writeStringField("document", f.rule().document());
        g.writeStringField("reference", f.rule().reference());
        g.writeStringField("title", f.rule().title());
        g.writeEndObject();
        g.writeStringField("found", f.found());
        g.writeStringField("expected", f.expected());
        g.writeBooleanField("waived", f.isWaived());
        if (f.isWaived()) {
            g.writeStringField("waiver", f.waiver());
        }
        g.writeEndObject();
    }
}
