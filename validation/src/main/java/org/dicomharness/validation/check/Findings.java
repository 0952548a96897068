package org.dicomharness.validation.check;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.validation.AttributePath;
import org.dicomharness.validation.Finding;
import org.dicomharness.validation.Rule;
import org.dicomharness.validation.Severity;

/** Collects the findings of one validation run for one IOD. Not shared between runs or threads. */
public final class Findings {

    private final String iod;
    private final List<Finding> list = new ArrayList<>();
    /** Attributes that two modules share (e.g. Anatomic Region Sequence in General Image and DX Anatomy Imaged) are
     *  reported once: the first module that finds the problem names it. */
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    public Findings(String iod) {
        this.iod = iod;
    }

    public String iod() {
        return iod;
    }

    public void add(Severity severity, String module, AttributePath path, Rule rule, String found, String expected) {
        Finding f = new Finding(severity, iod, module, path, rule, found, expected);
        // "Condition not evaluated" is a statement about a rule, not about one item: said once, not once per frame.
        String where = severity == Severity.INFO ? path.matchForms().get(3) : path.tags();
        if (seen.add(severity + "|" + where + "|" + rule.id() + "|" + found + "|" + expected)) {
            list.add(f);
        }
    }

    public List<Finding> list() {
        return list;
    }
}
