package org.dicomharness.validation.sr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PS3.16 templates of the radiation dose reports, TID 10001 (Projection X-Ray Radiation Dose) and TID 10011
 * (CT Radiation Dose), with every template they include expanded, and the context groups they draw codes from.
 */
public final class DoseTemplates {

    private final Map<String, List<TemplateNode>> expanded;
    private final ContextGroups groups;

    private DoseTemplates(Map<String, List<TemplateNode>> expanded, ContextGroups groups) {
        this.expanded = Map.copyOf(expanded);
        this.groups = groups;
    }

    public static DoseTemplates load() {
        List<String[]> rows = read("sr-templates.tsv", 21);
        Map<String, List<TemplateRow>> byTid = new LinkedHashMap<>();
        for (String[] r : rows) {
            byTid.computeIfAbsent(r[0], k -> new ArrayList<>()).add(row(r));
        }
        Map<String, List<TemplateNode>> expanded = new LinkedHashMap<>();
        for (String tid : List.of("10001", "10011")) {
            expanded.put(tid, expand(byTid, tid, true, 1, 1, 0));
        }
        return new DoseTemplates(expanded, ContextGroups.of(read("context-groups.tsv", 4)));
    }

    /** The top rows of the template (one: the root CONTAINER) with everything nested and included. */
    public Optional<List<TemplateNode>> template(String tid) {
        return Optional.ofNullable(expanded.get(tid));
    }

    public ContextGroups contextGroups() {
        return groups;
    }

    private static List<TemplateNode> expand(Map<String, List<TemplateRow>> byTid, String tid, boolean mandatory,
                                             int vmMin, int vmMax, int depth) {
        List<TemplateRow> rows = byTid.get(tid);
        if (rows == null || depth > 8) {
            return List.of();
        }
        return build(byTid, rows, 0, rows.size(), 1, mandatory, vmMin, vmMax, depth);
    }

    /** Builds the nodes of rows[from, to) at {@code level}; the top rows inherit the include's requirement. */
    private static List<TemplateNode> build(Map<String, List<TemplateRow>> byTid, List<TemplateRow> rows, int from,
                                            int to, int level, boolean includeMandatory, int includeMin,
                                            int includeMax, int depth) {
        List<TemplateNode> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            TemplateRow r = rows.get(i);
            int end = i + 1;
            while (end < to && rows.get(end).level() > r.level()) {
                end++;
            }
            boolean top = level == 1;
            boolean mandatory = r.mandatory() && (!top || includeMandatory);
            int min = top ? Math.min(r.vmMin(), includeMin) : r.vmMin();
            int max = top && includeMax > 1 ? Integer.MAX_VALUE : r.vmMax();
            if (r.isInclude()) {
                out.addAll(expand(byTid, r.include(), mandatory, r.vmMin(), r.vmMax(), depth + 1));
            } else {
                List<TemplateNode> children = build(byTid, rows, i + 1, end, r.level() + 1, true, 1, 1, depth);
                out.add(new TemplateNode(r, mandatory, mandatory ? Math.max(1, min) : min, max, children));
            }
            i = end;
        }
        return out;
    }

    private static TemplateRow row(String[] r) {
        return new TemplateRow(r[0], r[1], Integer.parseInt(r[2]), r[3], r[20], r[5], r[6],
                number(r[7], 1), number(r[8], 1), r[9], !r[10].isEmpty(),
                r[11].isEmpty() ? null : new Code(r[11], r[12], r[13]), r[14], r[15], r[16],
                r[17].isEmpty() ? null : new Code(r[17], r[18], r[17]), r[19]);
    }

    private static int number(String s, int dflt) {
        if (s.isEmpty()) {
            return dflt;
        }
        return s.equals("n") ? Integer.MAX_VALUE : Integer.parseInt(s);
    }

    private static List<String[]> read(String name, int columns) {
        try (InputStream in = DoseTemplates.class.getResourceAsStream("/org/dicomharness/validation/rules/" + name)) {
            if (in == null) {
                throw new IllegalStateException("rule resource " + name + " missing from the classpath; regenerate it"
                        + " with tools/codegen/GenerateValidationRules.java");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(name + ": a row of " + cells.length + " cells, expected " + columns);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule resource " + name, e);
        }
    }
}
