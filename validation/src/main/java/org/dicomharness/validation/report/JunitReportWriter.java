package org.dicomharness.validation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dicomharness.validation.Finding;
import org.dicomharness.validation.Severity;

/**
 * Writes results as JUnit XML (the Ant/Surefire schema CI servers read): one test case per file, a failure
 * listing the unwaived errors, an error element for an unreadable file, warnings and waived findings in
 * system-out.
 */
final class JunitReportWriter {

    void write(List<FileResult> results, OutputStream out) throws IOException {
        long failures = results.stream().filter(r -> r.readable() && !r.passed()).count();
        long errors = results.stream().filter(r -> !r.readable()).count();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuite");
            w.writeAttribute("name", "harness validate");
            w.writeAttribute("tests", String.valueOf(results.size()));
            w.writeAttribute("failures", String.valueOf(failures));
            w.writeAttribute("errors", String.valueOf(errors));
            w.writeAttribute("skipped", "0");
            w.writeCharacters("\n");
            for (FileResult r : results) {
                w.writeStartElement("testcase");
                w.writeAttribute("classname", r.readable() && !r.report().iod().isEmpty() ? r.report().iod()
                        : "DICOM");
                w.writeAttribute("name", r.source());
                if (!r.readable()) {
                    w.writeStartElement("error");
                    w.writeAttribute("type", "UnreadableInput");
                    w.writeAttribute("message", r.problem());
                    w.writeEndElement();
                } else {
                    List<Finding> failing = r.report().findings().stream().filter(Finding::failsVerdict).toList();
                    if (!failing.isEmpty()) {
                        w.writeStartElement("failure");
                        w.writeAttribute("type", "ValidationError");
                        w.writeAttribute("message", failing.size() + " error(s): " + failing.get(0));
                        w.writeCharacters(String.join("\n", failing.stream().map(Finding::toString).toList()));
                        w.writeEndElement();
                    }
                    List<String> other = r.report().findings().stream()
                            .filter(f -> !f.failsVerdict() && f.severity() != Severity.INFO).map(Finding::toString)
                            .toList();
                    if (!other.isEmpty()) {
                        w.writeStartElement("system-out");
                        w.writeCharacters(String.join("\n", other));
                        w.writeEndElement();
                    }
                }
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }
}
