import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the {@code validation} module's rule resources from the standard's tables in
 * {@code ../shared/dicom-standard}.
 *
 * <p>Which source drives what (written down in the generated SOURCES.md as well):
 * <ul>
 *   <li>PS3.3 (iod_modules, module_attributes_expanded, iod_functional_groups, part3_tables_compact,
 *       part3_table_index): which modules an IOD has and their usage, the attributes of every module and
 *       macro with their Type and nesting, the functional group macros of multi-frame IODs, and the
 *       table/section every finding cites;</li>
 *   <li>dicom3tools (d3_module_rules, d3_conditions, d3_value_sets, d3_iods): the machine-readable
 *       conditions of Type 1C/2C attributes and of C/U modules, enumerated values and defined terms,
 *       module-specific value multiplicities and the extra "Verify" checks, matched to the PS3.3 rows
 *       by keyword path;</li>
 *   <li>PixelMed (sr_templates, context_groups): the PS3.16 templates of the radiation dose reports
 *       (TID 10001 and TID 10011 with everything they include) and the context groups they use.</li>
 * </ul>
 *
 * <p>Run from the repository root: {@code java tools/codegen/GenerateValidationRules.java ../shared/dicom-standard}
 * (an optional second argument names another output folder, which {@code RuleResourcesTest} uses to
 * check that the committed resources match their sources).
 */
public final class GenerateValidationRules {

    private static final Path DEFAULT_OUT = Path.of("validation/src/main/resources/org/dicomharness/validation/rules");
    private static final List<String> SR_ROOTS = List.of("10001", "10011");

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java tools/codegen/GenerateValidationRules.java <dicom-standard folder> [out folder]");
            System.exit(2);
        }
        Path standard = Path.of(args[0]);
        Path out = args.length == 2 ? Path.of(args[1]) : DEFAULT_OUT;
        Files.createDirectories(out);
        new GenerateValidationRules(standard, out).run();
    }

    private final Path standard;
    private final Path out;
    private final Map<String, String> keywordToTag = new HashMap<>();
    private final Map<String, String> tagToKeyword = new HashMap<>();
    private final Map<String, String> uidByNormalizedKeyword = new HashMap<>();
    private final Map<String, String> conditions = new LinkedHashMap<>();
    private final Map<String, List<String[]>> d3Units = new LinkedHashMap<>();
    private final Set<String> usedConditions = new TreeSet<>();
    private final Set<String> usedValueSets = new TreeSet<>();
    private final Set<String> unresolvedConstants = new TreeSet<>();
    private final Map<String, Map<String, D3Attr>> expandedUnits = new HashMap<>();
    private int matchedRows;
    private int attrRows;

    private GenerateValidationRules(Path standard, Path out) {
        this.standard = standard;
        this.out = out;
    }

    /** What dicom3tools says about one attribute path of a module or macro. */
    static final class D3Attr {
        String type = "";
        String vm = "";
        String condition = "";
        boolean mbpo;
        boolean noCondition;
        final List<String> checks = new ArrayList<>();
    }

    private void run() throws IOException {
        readDictionary();
        readUids();
        for (String[] r : read("d3_conditions.tsv", "condition", "expression")) {
            conditions.put(r[0], r[1]);
        }
        for (String[] r : read("d3_module_rules.tsv", "unit_kind", "unit", "seq", "depth", "element",
                "keyword_or_macro", "type", "vm", "condition", "value_sets", "context_ids", "other", "file")) {
            d3Units.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r);
        }
        List<String[]> iodModules = read("iod_modules.tsv", "iod", "sop_class_uids", "ie", "module", "section",
                "table", "usage", "condition");
        List<String[]> fgs = read("iod_functional_groups.tsv", "iod", "functional_group_macro", "section", "table",
                "usage", "condition");
        List<String[]> d3Iods = read("d3_iods.tsv", "iod", "iod_condition", "ie", "module", "usage", "condition", "file");
        List<String[]> expanded = read("module_attributes_expanded.tsv", "table", "depth", "path", "tag", "keyword",
                "kind", "type", "condition", "from_table");
        List<String[]> compact = read("part3_tables_compact.tsv", "table", "row", "kind", "depth", "tag", "keyword",
                "type", "include_table", "condition");
        List<String[]> tableIndex = read("part3_table_index.tsv", "table", "section", "caption", "rows");

        // d3 IODs, identified by the SOP classes of their "...Instance" condition.
        Map<String, Set<String>> d3IodUids = new LinkedHashMap<>();
        Map<String, List<String[]>> d3IodModules = new LinkedHashMap<>();
        for (String[] r : d3Iods) {
            d3IodModules.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r);
            d3IodUids.computeIfAbsent(r[0], k -> uidsOfCondition(r[1]));
        }

        // IOD → d3 IOD by SOP class.
        Map<String, String> iodToD3 = new LinkedHashMap<>();
        for (String[] r : iodModules) {
            if (iodToD3.containsKey(r[0])) {
                continue;
            }
            Set<String> uids = new HashSet<>(List.of(r[1].split("[|;, ]+")));
            String match = "";
            for (Map.Entry<String, Set<String>> e : d3IodUids.entrySet()) {
                if (e.getValue().stream().anyMatch(uids::contains)) {
                    match = e.getKey();
                    break;
                }
            }
            iodToD3.put(r[0], match);
        }

        // iods.tsv, and the d3 module each PS3.3 module table corresponds to.
        Map<String, Map<String, Integer>> tableToD3Votes = new LinkedHashMap<>();
        StringBuilder iods = header("PS3.3 Annex A IOD module tables; d3_condition = dicom3tools module condition",
                "iod\tsop_class_uids\tie\tmodule\tsection\ttable\tusage\td3_condition\tcondition");
        Set<String> tablesUsed = new LinkedHashSet<>();
        int modulesWithD3 = 0;
        Set<String> pseudoUnits = new LinkedHashSet<>();
        Map<String, List<String[]>> pseudoByIod = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : iodToD3.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            for (String[] m : d3IodModules.get(e.getValue())) {
                // PS3.3 Annex A constraints an IOD puts on attributes of its modules ("Modality shall be XC"...):
                // dicom3tools encodes them as pseudo-modules.
                if (m[3].endsWith("Pseudo") && d3Units.containsKey(m[3])) {
                    pseudoUnits.add(m[3]);
                    pseudoByIod.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(m);
                    if (!m[5].isEmpty()) {
                        usedConditions.add(m[5]);
                    }
                }
            }
        }
        String previousIod = null;
        for (String[] r : iodModules) {
            if (previousIod != null && !previousIod.equals(r[0])) {
                appendPseudoModules(iods, previousIod, pseudoByIod);
            }
            previousIod = r[0];
            String d3Iod = iodToD3.get(r[0]);
            String[] d3Module = d3Iod.isEmpty() ? null : findD3Module(d3IodModules.get(d3Iod), r[3]);
            String d3Condition = "";
            if (d3Module != null) {
                modulesWithD3++;
                d3Condition = d3Module[5];
                if (!d3Condition.isEmpty()) {
                    usedConditions.add(d3Condition);
                }
                tableToD3Votes.computeIfAbsent(r[5], k -> new HashMap<>()).merge(d3Module[3], 1, Integer::sum);
            }
            if (!r[5].isEmpty()) {
                tablesUsed.add(r[5]);
            }
            iods.append(String.join("\t", r[0], r[1], r[2], r[3], r[4], r[5], r[6], d3Condition, clean(r[7])))
                .append('\n');
        }

        if (previousIod != null) {
            appendPseudoModules(iods, previousIod, pseudoByIod);
        }

        // functional-groups.tsv, with dicom3tools' condition for the macro in the shared and per-frame items.
        StringBuilder fgOut = header("PS3.3 functional group macros per multi-frame IOD; d3 conditions say when "
                        + "dicom3tools expects the macro in the Shared / Per-Frame Functional Groups item",
                "iod\tmacro\tsection\ttable\tusage\tshared_condition\tper_frame_condition\tcondition");
        Map<String, String> topKeywordOfTable = new HashMap<>();
        for (String[] r : expanded) {
            if (r[1].equals("0") && r[5].equals("attr") && !topKeywordOfTable.containsKey(r[0])) {
                topKeywordOfTable.put(r[0], r[4]);
            }
        }
        for (String[] r : fgs) {
            tablesUsed.add(r[3]);
            String d3Iod = iodToD3.getOrDefault(r[0], "");
            String shared = "";
            String perFrame = "";
            if (!d3Iod.isEmpty()) {
                String top = topKeywordOfTable.getOrDefault(r[3], "");
                for (String[] m : d3IodModules.get(d3Iod)) {
                    if (!m[3].startsWith("MultiFrameFunctionalGroupsFor") && !m[3].startsWith("MultiframeFunctionalGroupsFor")) {
                        continue;
                    }
                    String[] conds = fgConditions(m[3], top);
                    shared = conds[0];
                    perFrame = conds[1];
                }
            }
            if (!shared.isEmpty()) {
                usedConditions.add(shared);
            }
            if (!perFrame.isEmpty()) {
                usedConditions.add(perFrame);
            }
            fgOut.append(String.join("\t", r[0], r[1], r[2], r[3], r[4], shared, perFrame, clean(r[5]))).append('\n');
        }

        // attributes.tsv: every module / macro table used, rows in PS3.3 order, with the d3 facts attached.
        Map<String, String> tableToD3 = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : tableToD3Votes.entrySet()) {
            tableToD3.put(e.getKey(), e.getValue().entrySet().stream().max(Map.Entry.comparingByValue())
                    .orElseThrow().getKey());
        }
        Map<String, List<String[]>> expandedByTable = new LinkedHashMap<>();
        for (String[] r : expanded) {
            expandedByTable.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r);
        }
        StringBuilder attrs = header("PS3.3 module and macro attributes (Include macros expanded; Code Sequence "
                        + "Macro rows reference table 8.8-1). kind attr|macro|fg|verify|recurse; depth = sequence nesting; "
                        + "d3_condition/mbpo/checks from dicom3tools (mbpo Y/N = dicom3tools says the 1C/2C attribute may / may not be present otherwise; empty = no dicom3tools row)",
                "table\tkind\tdepth\ttag\ttype\td3_condition\tmbpo\tchecks\tfrom_table\tcondition");
        for (String table : tablesUsed) {
            List<String[]> rows = expandedByTable.get(table);
            if (rows == null) {
                continue;
            }
            String d3 = tableToD3.getOrDefault(table, d3MacroForTable(table, topKeywordOfTable.get(table)));
            emitTable(attrs, table, rows, d3);
        }
        for (String unit : pseudoUnits) {
            emitD3Unit(attrs, unit);
        }
        tablesUsed.add("8.8-1");
        tablesUsed.add("8.8-1a");
        tablesUsed.add("8.8-1b");
        emitTable(attrs, "8.8-1", codeSequenceMacroRows(compact), "CodeSequenceMacro");

        // tables.tsv: captions and sections for citations.
        StringBuilder tables = header("PS3.3 tables cited by findings", "table\tsection\tcaption");
        Set<String> cited = new HashSet<>(tablesUsed);
        for (String[] r : expanded) {
            if (tablesUsed.contains(r[0])) {
                cited.add(r[8]);
            }
        }
        for (String[] r : tableIndex) {
            if (cited.contains(r[0])) {
                tables.append(r[0]).append('\t').append(r[1]).append('\t').append(r[2]).append('\n');
            }
        }
        for (String unit : pseudoUnits) {
            tables.append("d3:").append(unit).append("\t\t").append("IOD-specific constraints of PS3.3 Annex A as "
                    + "dicom3tools encodes them (").append(unit).append(")\n");
        }

        // conditions.tsv with SOP class constants resolved to UIDs; value-sets.tsv.
        StringBuilder conds = header("dicom3tools conditions (condn.tpl DSL, lines joined with ' | '), "
                        + "UID constants replaced by the UIDs of PS3.6", "condition\texpression");
        for (String name : usedConditions) {
            String expression = conditions.get(name);
            if (expression == null || expression.isBlank()) {
                continue; // not parsed by the source: the attribute falls back to PS3.3's prose
            }
            conds.append(name).append('\t').append(resolveConstants(expression)).append('\n');
        }
        StringBuilder sets = header("dicom3tools value sets referenced by the attribute checks",
                "value_set\tkind\tvalue");
        for (String[] r : read("d3_value_sets.tsv", "value_set", "kind", "value", "meaning", "file")) {
            if (usedValueSets.contains(r[0])) {
                sets.append(r[0]).append('\t').append(r[1]).append('\t').append(r[2]).append('\n');
            }
        }

        // SR templates of the dose reports, and the context groups they use.
        List<String[]> templates = read("sr_templates.tsv", "tid", "template", "seq", "level", "row", "kind",
                "relationship", "value_type", "vm_min", "vm_max", "requirement", "condition_xpath", "mbpo",
                "concept_cv", "concept_csd", "concept_cm", "alt_concept_cv", "alt_concept_csd", "concept_name_cid",
                "concept_name_bde", "value_set_cid", "value_set_bde", "fixed_value_cv", "fixed_value_csd",
                "fixed_value_cm", "units_cv", "units_csd", "units_cm", "units_cid", "include_tid", "parameters",
                "other");
        Map<String, List<String[]>> byTid = new LinkedHashMap<>();
        for (String[] r : templates) {
            byTid.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r);
        }
        Set<String> tids = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(SR_ROOTS);
        while (!queue.isEmpty()) {
            String tid = queue.remove(0);
            if (!tids.add(tid) || !byTid.containsKey(tid)) {
                continue;
            }
            for (String[] r : byTid.get(tid)) {
                if (!r[29].isEmpty()) {
                    queue.add(r[29]);
                }
            }
        }
        StringBuilder sr = header("PS3.16 templates TID 10001 and TID 10011 and the templates they include "
                        + "(PixelMed encoding; verify rows and XPath conditions dropped)",
                "tid\ttemplate\tlevel\trow\tkind\trelationship\tvalue_type\tvm_min\tvm_max\trequirement\tcondition\t"
                        + "concept_cv\tconcept_csd\tconcept_cm\tconcept_name_cid\tvalue_set_cid\tvalue_set_bde\t"
                        + "units_cv\tunits_csd\tunits_cid\tinclude_tid");
        Set<String> cids = new TreeSet<>();
        int srRows = 0;
        for (String tid : tids) {
            for (String[] r : byTid.getOrDefault(tid, List.of())) {
                if (!r[5].equals("item") && !r[5].equals("include")) {
                    continue;
                }
                srRows++;
                sr.append(String.join("\t", r[0], r[1], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                        r[11].isEmpty() ? "" : "XPath", r[13], r[14], r[15], r[18], r[20], r[21], r[25], r[26],
                        r[28], r[29])).append('\n');
                for (int i : new int[] {18, 20, 28}) {
                    if (!r[i].isEmpty()) {
                        cids.add(r[i]);
                    }
                }
            }
        }
        List<String[]> groups = read("context_groups.tsv", "cid", "coding_scheme", "code_value", "code_meaning");
        Map<String, List<String[]>> byCid = new LinkedHashMap<>();
        for (String[] g : groups) {
            byCid.computeIfAbsent(g[0], k -> new ArrayList<>()).add(g);
        }
        Set<String> closure = new LinkedHashSet<>();
        List<String> cidQueue = new ArrayList<>(cids);
        while (!cidQueue.isEmpty()) {
            String cid = cidQueue.remove(0);
            if (!closure.add(cid)) {
                continue;
            }
            for (String[] g : byCid.getOrDefault(cid, List.of())) {
                if (g[1].equals("INCLUDE")) {
                    cidQueue.add(g[2]);
                }
            }
        }
        StringBuilder cg = header("PS3.16 context groups used by the dose report templates (coding_scheme INCLUDE = "
                + "nested CID)", "cid\tcoding_scheme\tcode_value\tcode_meaning");
        int codes = 0;
        for (String cid : closure) {
            for (String[] g : byCid.getOrDefault(cid, List.of())) {
                codes++;
                cg.append(String.join("\t", g)).append('\n');
            }
        }

        write("iods.tsv", iods);
        write("functional-groups.tsv", fgOut);
        write("attributes.tsv", attrs);
        write("tables.tsv", tables);
        write("conditions.tsv", conds);
        write("value-sets.tsv", sets);
        write("sr-templates.tsv", sr);
        write("context-groups.tsv", cg);

        System.out.printf(Locale.ROOT, "%d IOD module rows (%d matched to a dicom3tools module), %d FG rows%n",
                iodModules.size(), modulesWithD3, fgs.size());
        System.out.printf(Locale.ROOT, "%d attribute rows, %d with dicom3tools facts; %d conditions, %d value sets%n",
                attrRows, matchedRows, usedConditions.size(), usedValueSets.size());
        System.out.printf(Locale.ROOT, "%d SR template rows in %d templates, %d context groups, %d codes%n",
                srRows, tids.size(), closure.size(), codes);
        if (!unresolvedConstants.isEmpty()) {
            System.out.println("UID constants without a PS3.6 UID (never match): " + unresolvedConstants);
        }
    }

    // ------------------------------------------------------------------ attribute rows

    /**
     * PS3.3 Table C.17-5 includes the content item macros of C.18 each for one value type ("DICOM Value Type NUM"
     * ...); the expanded source table lost that condition, so the blocks are recognised by their order.
     */
    private static final String[][] VALUE_TYPE_BLOCKS = {
        {"C.18.1-1", "NUM"}, {"C.18.2-1", "CODE"}, {"C.18.3-1", "COMPOSITE"}, {"C.18.3-1", "IMAGE"},
        {"C.18.3-1", "WAVEFORM"}, {"C.18.6-1", "SCOORD"}, {"C.18.9-1", "SCOORD3D"}, {"C.18.7-1", "TCOORD"},
        {"C.18.8-1", "CONTAINER"}, {"C.18.10-1", "TABLE"},
    };

    private static boolean isValueTypeMacro(String table) {
        for (String[] b : VALUE_TYPE_BLOCKS) {
            if (b[0].equals(table)) {
                return true;
            }
        }
        return false;
    }

    private void emitTable(StringBuilder out, String table, List<String[]> rows, String d3Unit) {
        Map<String, D3Attr> d3 = d3Unit == null ? Map.of() : expandUnit(d3Unit);
        int[] block = new int[32];
        List<Set<String>> blockTags = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            block[i] = -1;
            blockTags.add(new HashSet<>());
        }
        for (String[] r : rows) {
            String kind = r[5];
            int depth = Integer.parseInt(r[1]);
            if (kind.startsWith("recursive-include")) {
                out.append(String.join("\t", table, "recurse", r[1], "", "", "", "", "", r[8], "")).append('\n');
                continue;
            }
            String valueTypeGate = "";
            if (kind.equals("attr") && r[3].equals("0040A040")) {
                block[depth] = -1;
                blockTags.get(depth).clear();
            } else if (kind.equals("attr") && isValueTypeMacro(r[8]) && !r[2].startsWith("?")) {
                int b = block[depth];
                boolean sameBlock = b >= 0 && VALUE_TYPE_BLOCKS[b][0].equals(r[8]) && !blockTags.get(depth).contains(r[3]);
                if (!sameBlock) {
                    int next = b + 1;
                    while (next < VALUE_TYPE_BLOCKS.length && !VALUE_TYPE_BLOCKS[next][0].equals(r[8])) {
                        next++;
                    }
                    if (next < VALUE_TYPE_BLOCKS.length) {
                        block[depth] = next;
                        blockTags.get(depth).clear();
                    }
                }
                if (block[depth] >= 0 && VALUE_TYPE_BLOCKS[block[depth]][0].equals(r[8])) {
                    blockTags.get(depth).add(r[3]);
                    valueTypeGate = VALUE_TYPE_BLOCKS[block[depth]][1];
                }
            }
            if (kind.startsWith("macro:8.8-1")) {
                out.append(String.join("\t", table, "macro", r[1], "", "", "", "", "8.8-1", r[8], "")).append('\n');
                continue;
            }
            if (kind.equals("include-fg-macros")) {
                out.append(String.join("\t", table, "fg", r[1], "", "", "", "", "", r[8], "")).append('\n');
                continue;
            }
            if (!kind.equals("attr")) {
                continue;
            }
            attrRows++;
            String keywordPath = keywordPath(r[2]);
            D3Attr a = keywordPath == null ? null : d3.get(keywordPath);
            String condition = "";
            String mbpo = "";
            List<String> checks = new ArrayList<>();
            List<String> verifies = new ArrayList<>();
            if (!valueTypeGate.isEmpty()) {
                checks.add("vt=" + valueTypeGate);
            }
            if (a != null) {
                matchedRows++;
                if ((r[6].endsWith("C")) && !a.condition.isEmpty() && !a.noCondition) {
                    condition = a.condition;
                    usedConditions.add(condition);
                }
                mbpo = a.mbpo ? "Y" : "N";
                if (!a.vm.isEmpty()) {
                    checks.add((isSequence(r[3]) ? "items=" : "vm=") + a.vm);
                }
                for (String c : a.checks) {
                    if (c.startsWith("verify ")) {
                        verifies.add(c.substring(7));
                    } else {
                        checks.add(c);
                    }
                }
            }
            out.append(String.join("\t", table, "attr", r[1], r[3], r[6], condition, mbpo,
                    String.join(";", checks), r[8], clean(r[7]))).append('\n');
            for (String v : verifies) {
                // verify rows: d3 condition \t checks
                String[] parts = v.split("\t", -1);
                if (!parts[0].isEmpty()) {
                    usedConditions.add(parts[0]);
                }
                out.append(String.join("\t", table, "verify", String.valueOf(depth), r[3], "", parts[0], "",
                        parts[1], r[8], "")).append('\n');
            }
        }
    }

    private static void appendPseudoModules(StringBuilder iods, String iod, Map<String, List<String[]>> pseudoByIod) {
        for (String[] m : pseudoByIod.getOrDefault(iod, List.of())) {
            iods.append(String.join("\t", iod, "", "", m[3] + " (IOD constraints)", "", "d3:" + m[3], "M", m[5], ""))
                .append('\n');
        }
    }

    /** A dicom3tools unit as attribute rows of table "d3:unit" (for the IOD constraint pseudo-modules). */
    private void emitD3Unit(StringBuilder out, String unit) {
        String table = "d3:" + unit;
        for (Map.Entry<String, D3Attr> e : expandUnit(unit).entrySet()) {
            String[] keywords = e.getKey().split("/");
            String tag = keywordToTag.get(keywords[keywords.length - 1]);
            D3Attr a = e.getValue();
            if (tag == null || a.type.isEmpty()) {
                continue;
            }
            String condition = a.type.endsWith("C") && !a.noCondition ? a.condition : "";
            if (!condition.isEmpty()) {
                usedConditions.add(condition);
            }
            List<String> checks = new ArrayList<>();
            if (!a.vm.isEmpty()) {
                checks.add((isSequence(tag) ? "items=" : "vm=") + a.vm);
            }
            List<String> verifies = new ArrayList<>();
            for (String c : a.checks) {
                if (c.startsWith("verify ")) {
                    verifies.add(c.substring(7));
                } else {
                    checks.add(c);
                }
            }
            String depth = String.valueOf(keywords.length - 1);
            out.append(String.join("\t", table, "attr", depth, tag, a.type, condition, a.mbpo ? "Y" : "N",
                    String.join(";", checks), table, "")).append('\n');
            for (String v : verifies) {
                String[] parts = v.split("\t", -1);
                if (!parts[0].isEmpty()) {
                    usedConditions.add(parts[0]);
                }
                out.append(String.join("\t", table, "verify", depth, tag, "", parts[0], "", parts[1], table, ""))
                    .append('\n');
            }
        }
    }

    /** The rows of the Code Sequence Macro (Table 8.8-1) with its includes 8.8-1a/8.8-1b expanded. */
    private List<String[]> codeSequenceMacroRows(List<String[]> compact) {
        Map<String, List<String[]>> byTable = new LinkedHashMap<>();
        for (String[] r : compact) {
            byTable.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r);
        }
        List<String[]> rows = new ArrayList<>();
        expandCompact(byTable, "8.8-1", 0, "", rows);
        return rows;
    }

    private void expandCompact(Map<String, List<String[]>> byTable, String table, int baseDepth, String parentPath,
                               List<String[]> rows) {
        String[] pathAtDepth = new String[16];
        for (String[] r : byTable.get(table)) {
            int depth = baseDepth + Integer.parseInt(r[3]);
            String parent = depth == baseDepth ? parentPath : pathAtDepth[depth - 1];
            if (r[2].equals("include")) {
                expandCompact(byTable, r[7], depth, parent, rows);
            } else if (r[2].equals("attr")) {
                String path = parent.isEmpty() ? r[4] : parent + "/" + r[4];
                pathAtDepth[depth] = path;
                rows.add(new String[] {"8.8-1", String.valueOf(depth), path, r[4], r[5], "attr", r[6], r[8], r[0]});
            }
        }
    }

    private String keywordPath(String tagPath) {
        List<String> keywords = new ArrayList<>();
        for (String tag : tagPath.split("/")) {
            String kw = tagToKeyword.get(tag);
            if (kw == null) {
                return null;
            }
            keywords.add(kw);
        }
        return String.join("/", keywords);
    }

    private boolean isSequence(String tag) {
        String kw = tagToKeyword.getOrDefault(tag, "");
        return kw.endsWith("Sequence");
    }

    /** Flattens a d3 module or macro into keyword paths, expanding InvokeMacro. */
    private Map<String, D3Attr> expandUnit(String unit) {
        Map<String, D3Attr> cached = expandedUnits.get(unit);
        if (cached != null) {
            return cached;
        }
        Map<String, D3Attr> result = new LinkedHashMap<>();
        expandInto(unit, "", result, 0);
        expandedUnits.put(unit, result);
        return result;
    }

    private void expandInto(String unit, String prefix, Map<String, D3Attr> result, int nesting) {
        List<String[]> rows = d3Units.get(unit);
        if (rows == null || nesting > 12) {
            return;
        }
        String[] seqAtDepth = new String[32];
        for (String[] r : rows) {
            int depth = Integer.parseInt(r[3]);
            String parent = depth == 0 ? prefix : seqAtDepth[depth - 1];
            if (parent == null) {
                continue;
            }
            String element = r[4];
            String name = r[5];
            switch (element) {
                case "InvokeMacro" -> expandInto(name, parent, result, nesting + 1);
                case "Name", "Sequence", "Verify" -> {
                    String path = parent.isEmpty() ? name : parent + "/" + name;
                    if (element.equals("Sequence")) {
                        seqAtDepth[depth] = path;
                    }
                    D3Attr a = result.get(path);
                    boolean first = a == null;
                    if (first) {
                        a = new D3Attr();
                        result.put(path, a);
                    }
                    addD3Facts(a, r, element.equals("Verify"), first);
                }
                default -> {
                }
            }
        }
    }

    private void addD3Facts(D3Attr a, String[] r, boolean verify, boolean first) {
        String other = r[11];
        String selector = option(other, "ValueSelector");
        String valueSets = r[9];
        if (!verify && first) {
            a.type = r[6];
            a.vm = r[7];
            a.condition = r[8];
            a.mbpo = "true".equals(option(other, "mbpo"));
            a.noCondition = other.contains("NoCondition=");
        }
        if (!valueSets.isEmpty()) {
            String check = valueSetCheck(valueSets, selector);
            if (check != null) {
                if (verify && !r[8].isEmpty()) {
                    a.checks.add("verify " + r[8] + "\t" + check);
                } else if (!a.checks.contains(check)) {
                    a.checks.add(check);
                }
            }
        }
        if (other.contains("NotZeroError=") && !a.checks.contains("notzero=error")) {
            a.checks.add("notzero=error");
        }
        if (other.contains("NotZeroWarning=") && !a.checks.contains("notzero=warning")) {
            a.checks.add("notzero=warning");
        }
        String error = option(other, "ThenErrorMessage");
        String warning = option(other, "ThenWarningMessage");
        if (verify && !r[8].isEmpty() && (error != null || warning != null)) {
            String check = error != null ? "error=" + error : "warning=" + warning;
            a.checks.add("verify " + r[8] + "\t" + check.replace(";", ","));
        }
    }

    private String valueSetCheck(String valueSets, String selector) {
        int eq = valueSets.indexOf('=');
        String kind = valueSets.substring(0, eq);
        String set = valueSets.substring(eq + 1);
        String code = switch (kind) {
            case "StringEnumValues" -> "enum";
            case "StringDefinedTerms" -> "defined";
            case "BinaryEnumValues" -> "binenum";
            case "TagEnumValues" -> "tagenum";
            default -> null;
        };
        if (code == null) {
            return null;
        }
        usedValueSets.add(set);
        return code + "=" + set + (selector == null ? "" : "@" + selector);
    }

    private static String option(String other, String name) {
        for (String part : other.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
                return part.substring(eq + 1);
            }
        }
        return null;
    }

    /** The d3 conditions for invoking the macro whose top sequence is {@code topKeyword} in shared / per-frame items. */
    private String[] fgConditions(String d3Module, String topKeyword) {
        String shared = "";
        String perFrame = "";
        String currentTop = "";
        for (String[] r : d3Units.getOrDefault(d3Module, List.of())) {
            if (r[3].equals("0") && r[4].equals("Sequence")) {
                currentTop = r[5];
            } else if (r[3].equals("1") && r[4].equals("InvokeMacro")) {
                String macroTop = firstSequence(r[5]);
                if (macroTop != null && macroTop.equals(topKeyword)) {
                    if (currentTop.equals("SharedFunctionalGroupsSequence")) {
                        shared = r[8].isEmpty() ? "-" : r[8];
                    } else if (currentTop.equals("PerFrameFunctionalGroupsSequence")) {
                        perFrame = r[8].isEmpty() ? "-" : r[8];
                    }
                }
            }
        }
        return new String[] {shared.equals("-") ? "" : shared, perFrame.equals("-") ? "" : perFrame};
    }

    private String firstSequence(String macro) {
        for (String[] r : d3Units.getOrDefault(macro, List.of())) {
            if (r[3].equals("0") && r[4].equals("Sequence")) {
                return r[5];
            }
            if (r[3].equals("0") && r[4].equals("InvokeMacro")) {
                String nested = firstSequence(r[5]);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    /** A d3 macro for a macro table not used as a module: the one whose first sequence is the table's. */
    private String d3MacroForTable(String table, String topKeyword) {
        if (topKeyword == null) {
            return null;
        }
        for (Map.Entry<String, List<String[]>> e : d3Units.entrySet()) {
            if (e.getValue().get(0)[0].equals("Macro") && topKeyword.equals(firstSequence(e.getKey()))) {
                return e.getKey();
            }
        }
        return null;
    }

    private String[] findD3Module(List<String[]> d3Modules, String module) {
        String wanted = normalize(module);
        for (String[] m : d3Modules) {
            if (normalize(m[3]).equals(wanted)) {
                return m;
            }
        }
        for (String[] m : d3Modules) {
            String n = normalize(m[3]);
            if (n.replace("macro", "").equals(wanted)
                    || (wanted.equals("multiframefunctionalgroups") && n.equals("multiframefunctionalgroupscommon"))
                    || (wanted.equals("supplementalpalettecolorlookuptable")
                        && n.equals("supplementalpalettecolorlut"))) {
                return m;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ UIDs in conditions

    private Set<String> uidsOfCondition(String condition) {
        Set<String> uids = new HashSet<>();
        String expression = conditions.getOrDefault(condition, "");
        Matcher m = Pattern.compile("StringConstant(?:FromRootAttribute)?=\"([^\"]+)\"").matcher(expression);
        while (m.find()) {
            String uid = resolveConstant(m.group(1));
            if (uid != null) {
                uids.add(uid);
            }
        }
        return uids;
    }

    private String resolveConstants(String expression) {
        Matcher m = Pattern.compile("(StringConstant(?:FromRootAttribute)?)=\"([^\"]+)\"").matcher(expression);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String uid = resolveConstant(m.group(2));
            if (uid == null) {
                unresolvedConstants.add(m.group(2));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "=\"" + (uid == null ? m.group(2) : uid)
                    + "\""));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** dicom3tools names SOP classes like "CTImageStorageSOPClassUID"; PS3.6 keywords like "CTImageStorage". */
    private String resolveConstant(String name) {
        String base = name.endsWith("SOPClassUID") ? name.substring(0, name.length() - "SOPClassUID".length()) : name;
        String raw = normalize(base);
        String aliased = raw;
        for (String[] alias : CONSTANT_ALIASES) {
            aliased = aliased.replace(alias[0], alias[1]);
        }
        for (String n : List.of(raw, aliased)) {
            for (String candidate : List.of(n, n + "storage", n.replace("storage", ""),
                    n.replace("storage", "waveformstorage"))) {
                String uid = uidByNormalizedKeyword.get(candidate);
                if (uid != null) {
                    return uid;
                }
            }
        }
        return null;
    }

    private static final String[][] CONSTANT_ALIASES = {
        {"twelvelead", "12lead"},
        {"visiblelight", "vl"},
        {"ivoct", "intravascularopticalcoherencetomography"},
        {"petimage", "positronemissiontomographyimage"},
        {"ultrasoundmultiframe", "ultrasoundmultiframe"},
        {"generalecg", "generalecgwaveform"},
        {"ambulatoryecg", "ambulatoryecgwaveform"},
        {"basicvoice", "basicvoiceaudiowaveform"},
        {"intraoralxray", "intraoralxray"},
        {"advancedblendingsoftcopy", "advancedblending"},
    };

    // ------------------------------------------------------------------ inputs and outputs

    private void readDictionary() throws IOException {
        for (String[] r : read("dicom_dictionary.tsv", "tag", "keyword", "name", "vr", "vm", "retired", "source")) {
            String tag = r[0].toUpperCase(Locale.ROOT);
            if (!r[1].isEmpty() && !r[1].equals("Retired-blank")) {
                keywordToTag.put(r[1], tag);
                tagToKeyword.put(tag, r[1]);
            }
        }
    }

    private void readUids() throws IOException {
        for (String[] r : read("dicom_uids.tsv", "uid", "keyword", "name", "type", "info", "retired", "source")) {
            if (!r[1].isEmpty()) {
                uidByNormalizedKeyword.putIfAbsent(normalize(r[1]), r[0]);
            }
        }
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String clean(String prose) {
        return prose.replace('\t', ' ').replace('\n', ' ').strip();
    }

    private List<String[]> read(String file, String... header) throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (String line : Files.readAllLines(standard.resolve(file), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (!headerSeen) {
                if (!List.of(cells).equals(List.of(header))) {
                    throw new IllegalStateException(file + ": header " + List.of(cells) + " is not " + List.of(header));
                }
                headerSeen = true;
                continue;
            }
            if (cells.length != header.length) {
                throw new IllegalStateException(file + ": row has " + cells.length + " cells: " + line);
            }
            rows.add(cells);
        }
        return rows;
    }

    private static StringBuilder header(String what, String columns) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Generated by tools/codegen/GenerateValidationRules.java from ../shared/dicom-standard (DICOM 2025e). "
                + "Do not edit. See SOURCES.md.\n");
        sb.append("# ").append(what).append('\n');
        sb.append(columns).append('\n');
        return sb;
    }

    private void write(String name, StringBuilder content) throws IOException {
        Files.writeString(out.resolve(name), content, StandardCharsets.UTF_8);
    }
}
