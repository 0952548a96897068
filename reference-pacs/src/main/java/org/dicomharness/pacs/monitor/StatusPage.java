package org.dicomharness.pacs.monitor;

import java.util.List;
import java.util.Map;
import org.dicomharness.pacs.index.PacsEvent;

/** The one HTML page of the monitoring server: associations, studies, rejections, duplicates, failures. */
final class StatusPage {

    private StatusPage() {
    }

    static String render(MonitoringApi api) {
        Map<String, Object> summary = api.summary();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Reference PACS ")
         .append(esc(summary.get("aeTitle"))).append("</title><style>")
         .append("body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;margin-bottom:1.5em}")
         .append("td,th{border:1px solid #bbb;padding:2px 6px;font-size:90%;text-align:left}th{background:#eee}")
         .append("</style></head><body>");
        h.append("<h1>Reference PACS ").append(esc(summary.get("aeTitle"))).append("</h1>");
        h.append("<p>").append(esc(summary.get("patients"))).append(" patients, ").append(esc(summary.get("studies")))
         .append(" studies, ").append(esc(summary.get("instances"))).append(" objects, ")
         .append(esc(summary.get("quarantined"))).append(" quarantined, ")
         .append(esc(summary.get("openAssociations"))).append(" open associations. ")
         .append(esc(summary.get("recovery"))).append(".</p>");
        h.append("<p>JSON: <a href=\"/api/summary\">summary</a> · <a href=\"/api/associations\">associations</a> · ")
         .append("<a href=\"/api/studies\">studies</a> · <a href=\"/api/incomplete-studies\">incomplete studies</a> · ")
         .append("<a href=\"/api/rejected\">rejected</a> · <a href=\"/api/duplicates\">duplicates</a> · ")
         .append("<a href=\"/api/failed-transfers\">failed transfers</a> · <a href=\"/api/events\">events</a> · ")
         .append("<a href=\"/api/incomplete-by-mpps\">incomplete by MPPS</a> · ")
         .append("<a href=\"/api/never-performed\">never performed</a> · <a href=\"/api/merges\">merges</a> · ")
         .append("<a href=\"/api/coercions\">coercions</a> · ")
         .append("<a href=\"/api/workflow-problems\">workflow problems</a> · ")
         .append("<a href=\"/metrics\">Prometheus metrics</a></p>");

        h.append("<h2>Associations</h2><table><tr><th>#</th><th>calling AE</th><th>called AE</th><th>peer</th>")
         .append("<th>opened</th><th>operations</th><th>outcome</th></tr>");
        List<AssociationLog.Entry> open = api.associations().get("open") instanceof List<?> l ? cast(l) : List.of();
        List<AssociationLog.Entry> recent = api.associations().get("recent") instanceof List<?> l ? cast(l) : List.of();
        for (AssociationLog.Entry e : open) {
            association(h, e);
        }
        for (AssociationLog.Entry e : recent.subList(0, Math.min(recent.size(), 20))) {
            association(h, e);
        }
        h.append("</table>");

        h.append("<h2>Studies</h2><table><tr><th>Study Instance UID</th><th>Patient ID</th><th>Patient name</th>")
         .append("<th>date</th><th>accession</th><th>description</th><th>modalities</th><th>series</th>")
         .append("<th>objects</th><th>quarantined</th><th>older versions</th></tr>");
        for (MonitoringApi.StudySummary s : api.studies(100)) {
            h.append("<tr><td>").append(esc(s.studyInstanceUid())).append("</td><td>").append(esc(s.patientId()))
             .append("</td><td>").append(esc(s.patientName())).append("</td><td>").append(esc(s.studyDate()))
             .append("</td><td>").append(esc(s.accessionNumber())).append("</td><td>").append(esc(s.studyDescription()))
             .append("</td><td>").append(esc(s.modalities())).append("</td><td>").append(s.series())
             .append("</td><td>").append(s.instances()).append("</td><td>").append(s.quarantined())
             .append("</td><td>").append(s.superseded()).append("</td></tr>");
        }
        h.append("</table>");
        h.append("<h2>Incomplete studies</h2><ul>");
        for (MonitoringApi.StudySummary s : api.incompleteStudies(50)) {
            h.append("<li>").append(esc(s.studyInstanceUid())).append(" (").append(esc(s.patientId())).append("): ")
             .append(s.quarantined()).append(" quarantined, failed transfers in the event log</li>");
        }
        h.append("</ul>");
        h.append("<h2>Incomplete studies (MPPS)</h2><ul>");
        for (var c : api.incompleteByMpps()) {
            h.append("<li>").append(esc(c.studyInstanceUid())).append(": MPPS ").append(esc(c.sopInstanceUid()))
             .append(" COMPLETED ").append(esc(c.finalAt())).append(" names ").append(c.referenced())
             .append(" object(s), ").append(c.arrived()).append(" arrived</li>");
        }
        h.append("</ul><h2>Worklist steps never performed</h2><ul>");
        for (MonitoringApi.OverdueStep o : api.neverPerformed()) {
            h.append("<li>").append(esc(o.spsId())).append(" of order ").append(esc(o.orderKey())).append(" (accession ")
             .append(esc(o.accessionNumber())).append(", patient ").append(esc(o.patientId())).append("), scheduled ")
             .append(esc(o.scheduledStart())).append("</li>");
        }
        h.append("</ul>");
        events(h, "Patient merges and updates", api.merges(50));
        events(h, "Coercions", api.coercions(50));
        events(h, "Workflow problems (HL7, MPPS, storage commitment, rejection notes)", api.workflowProblems(50));
        events(h, "Rejected objects", api.rejected(50));
        events(h, "Duplicates", api.duplicates(50));
        events(h, "Failed transfers", api.failedTransfers(50));
        h.append("</body></html>\n");
        return h.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<AssociationLog.Entry> cast(List<?> list) {
        return (List<AssociationLog.Entry>) list;
    }

    private static void association(StringBuilder h, AssociationLog.Entry e) {
        h.append("<tr><td>").append(e.id()).append("</td><td>").append(esc(e.callingAe())).append("</td><td>")
         .append(esc(e.calledAe())).append("</td><td>").append(esc(e.remoteAddress())).append("</td><td>")
         .append(esc(e.openedAt())).append("</td><td>").append(e.operations()).append("</td><td>")
         .append(esc(e.outcome())).append("</td></tr>");
    }

    private static void events(StringBuilder h, String title, List<PacsEvent> events) {
        h.append("<h2>").append(esc(title)).append("</h2>");
        if (events.isEmpty()) {
            h.append("<p>none</p>");
            return;
        }
        h.append("<table><tr><th>time</th><th>kind</th><th>calling AE</th><th>SOP Instance UID</th><th>detail</th></tr>");
        for (PacsEvent e : events) {
            h.append("<tr><td>").append(esc(e.occurredAt())).append("</td><td>").append(esc(e.kind())).append("</td><td>")
             .append(esc(e.callingAe())).append("</td><td>").append(esc(e.sopInstanceUid())).append("</td><td>")
             .append(esc(e.detail())).append("</td></tr>");
        }
        h.append("</table>");
    }

    /** HTML-escapes values that came from the network (AE titles, names, error comments). */
    private static String esc(Object o) {
        if (o == null) {
            return "";
        }
        String s = o.toString();
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
