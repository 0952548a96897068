package org.dicomharness.validation.sr;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.validation.AttributePath;
import org.dicomharness.validation.Finding;
import org.dicomharness.validation.Rule;
import org.dicomharness.validation.Severity;

/**
 * Checks the content tree of a radiation dose SR against its root template, TID 10011 (CT Radiation Dose) or
 * TID 10001 (Projection X-Ray Radiation Dose), and every template they include (PS3.16): concept names, value
 * types, relationships, mandatory rows and their cardinality, coded values from their context groups and the
 * units of numeric items. Rows whose condition PS3.16 gives in prose are reported as not evaluated when absent.
 */
public final class DoseReportChecker {

    private static final Code DOSE_REPORT = new Code("113701", "DCM", "X-Ray Radiation Dose Report");
    private static final Code CT_ACCUMULATED = new Code("113811", "DCM", "CT Accumulated Dose Data");
    private static final String MODULE = "SR Document Content";

    private final DoseTemplates templates;

    public DoseReportChecker(DoseTemplates templates) {
        this.templates = templates;
    }

    public static DoseReportChecker standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final DoseReportChecker STANDARD = new DoseReportChecker(DoseTemplates.load());
    }

    /** The root template the data set declares or, failing that, that its root concept implies; null if none. */
    static String rootTemplate(Dataset dataset) {
        var templateSeq = dataset.get(Tags.ContentTemplateSequence);
        if (templateSeq != null && templateSeq.value() instanceof org.dicomharness.dicom.data.Sequence seq
                && seq.size() > 0) {
            String tid = ContentItems.string(seq.get(0), Tags.TemplateIdentifier);
            if ("10011".equals(tid) || "10001".equals(tid)) {
                return tid;
            }
        }
        if (!DOSE_REPORT.sameConcept(ContentItems.conceptName(dataset))) {
            return null;
        }
        for (Dataset child : ContentItems.children(dataset)) {
            if (CT_ACCUMULATED.sameConcept(ContentItems.conceptName(child))) {
                return "10011";
            }
        }
        return "10001";
    }

    public List<Finding> check(Dataset dataset, String iod) {
        List<Finding> findings = new ArrayList<>();
        if (!"CONTAINER".equals(ContentItems.valueType(dataset))) {
            return findings;
        }
        String tid = rootTemplate(dataset);
        if (tid == null) {
            return findings;
        }
        List<TemplateNode> roots = templates.template(tid).orElse(List.of());
        if (roots.isEmpty()) {
            return findings;
        }
        TemplateNode root = roots.get(0);
        Code name = ContentItems.conceptName(dataset);
        if (!matchesConcept(root, name)) {
            findings.add(finding(Severity.ERROR, iod, AttributePath.of(Tags.ConceptNameCodeSequence), root,
                    name == null ? "no concept name" : name.toString(), "root concept " + root.row().concept()));
        }
        new Walk(findings, iod).children(dataset, AttributePath.root(), root.children());
        return findings;
    }

    private boolean matchesConcept(TemplateNode node, Code name) {
        TemplateRow r = node.row();
        if (name == null) {
            return false;
        }
        if (r.concept() != null) {
            return r.concept().sameConcept(name);
        }
        return !r.conceptCid().isEmpty() && templates.contextGroups().contains(r.conceptCid(), name);
    }

    private static Finding finding(Severity severity, String iod, AttributePath path, TemplateNode node, String found,
                                   String expected) {
        TemplateRow r = node.row();
        return new Finding(severity, iod, MODULE, path, new Rule("PS3.16", r.reference(), r.template()), found,
                expected);
    }

    /** One pass over the content tree. */
    private final class Walk {
        private final List<Finding> findings;
        private final String iod;

        Walk(List<Finding> findings, String iod) {
            this.findings = findings;
            this.iod = iod;
        }

        void children(Dataset parent, AttributePath parentPath, List<TemplateNode> nodes) {
            List<Dataset> items = ContentItems.children(parent);
            for (TemplateNode node : nodes) {
                TemplateRow r = node.row();
                if (r.concept() == null && r.conceptCid().isEmpty()) {
                    continue;
                }
                List<Integer> matches = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    Dataset item = items.get(i);
                    if (!matchesConcept(node, ContentItems.conceptName(item))) {
                        continue;
                    }
                    AttributePath path = parentPath.child(Tags.ContentSequence).item(i + 1);
                    String vt = ContentItems.valueType(item);
                    if (!vt.equals(r.valueType())) {
                        // Same concept, other value type: a different row may fit (some rows differ by type only).
                        if (!otherRowFits(nodes, node, item)) {
                            findings.add(finding(Severity.ERROR, iod, path.child(Tags.ValueType), node,
                                    "value type " + (vt.isEmpty() ? "absent" : vt),
                                    r.valueType() + " for " + describe(r)));
                        }
                        continue;
                    }
                    matches.add(i);
                    checkItem(item, path, node);
                }
                int count = matches.size();
                AttributePath where = parentPath.child(Tags.ContentSequence);
                if (count < node.vmMin() && node.mandatory()) {
                    findings.add(finding(Severity.ERROR, iod, where, node,
                            count == 0 ? "no such content item" : count + " content item(s)",
                            "mandatory " + describe(r) + ", " + vm(node)));
                } else if (count > node.vmMax()) {
                    findings.add(finding(Severity.ERROR, iod, where, node, count + " content items",
                            describe(r) + ", " + vm(node)));
                } else if (count == 0 && r.conditional() && r.requirement().equals("MC")) {
                    findings.add(finding(Severity.INFO, iod, where, node, "absent; condition not evaluated",
                            describe(r) + " when the PS3.16 condition of " + r.reference() + " holds"));
                }
            }
        }

        private boolean otherRowFits(List<TemplateNode> nodes, TemplateNode self, Dataset item) {
            for (TemplateNode other : nodes) {
                if (other != self && other.row().valueType().equals(ContentItems.valueType(item))
                        && matchesConcept(other, ContentItems.conceptName(item))) {
                    return true;
                }
            }
            return false;
        }

        private void checkItem(Dataset item, AttributePath path, TemplateNode node) {
            TemplateRow r = node.row();
            String rel = ContentItems.relationship(item);
            if (!r.relationship().isEmpty() && !r.relationship().equals(rel)) {
                findings.add(finding(Severity.ERROR, iod, path.child(Tags.RelationshipType), node,
                        rel.isEmpty() ? "no relationship" : rel, r.relationship() + " for " + describe(r)));
            }
            if (r.valueType().equals("CODE") && !r.valueSetCid().isEmpty()
                    && templates.contextGroups().knows(r.valueSetCid())) {
                Code value = ContentItems.conceptCode(item);
                boolean enumerated = r.valueSetKind().equals("E");
                if (value == null) {
                    findings.add(finding(Severity.ERROR, iod, path.child(Tags.ConceptCodeSequence), node,
                            "no coded value", "a code from CID " + r.valueSetCid()));
                } else if (!r.valueSetKind().equals("B")
                        && !templates.contextGroups().contains(r.valueSetCid(), value)) {
                    findings.add(finding(enumerated ? Severity.ERROR : Severity.WARNING, iod,
                            path.child(Tags.ConceptCodeSequence), node, value.toString(),
                            (enumerated ? "a code of " : "a code of defined ") + "CID " + r.valueSetCid()));
                }
            }
            if (r.valueType().equals("NUM") && r.units() != null) {
                Code units = ContentItems.units(item);
                if (units == null || !r.units().sameConcept(units)) {
                    findings.add(finding(Severity.ERROR, iod, path.child(Tags.MeasuredValueSequence), node,
                            units == null ? "no units" : "units " + units,
                            "units (" + r.units().value() + ", " + r.units().scheme() + ")"));
                }
            }
            children(item, path, node.children());
        }

        private String describe(TemplateRow r) {
            String concept = r.concept() != null ? r.concept().toString() : "a concept of CID " + r.conceptCid();
            return (r.relationship().isEmpty() ? "" : r.relationship() + " ") + r.valueType() + " " + concept;
        }

        private String vm(TemplateNode n) {
            return "VM " + n.vmMin() + "-" + (n.vmMax() == Integer.MAX_VALUE ? "n" : String.valueOf(n.vmMax()));
        }
    }
}
