package org.dicomharness.validation.check;

import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.validation.AttributePath;
import org.dicomharness.validation.Severity;
import org.dicomharness.validation.rules.ModuleUsage;
import org.dicomharness.validation.rules.IodDefinition;
import org.dicomharness.validation.rules.Usage;

/**
 * Decides which modules of the IOD apply (PS3.3 A.1.3): M always; C when its machine-readable condition holds;
 * C and U also when the data set shows the module is there (one of its own attributes is present). A module that
 * applies is checked attribute by attribute. A C module whose condition exists only as prose and that is absent
 * gives an INFO finding, never an error.
 */
final class ModuleChecker {

    private final Findings findings;
    private final AttributeChecker attributes;

    ModuleChecker(Findings findings, AttributeChecker attributes) {
        this.findings = findings;
        this.attributes = attributes;
    }

    void check(Dataset root, IodDefinition iod) {
        for (ModuleUsage m : iod.modules()) {
            boolean required = m.usage() == Usage.M
                    || m.usage() == Usage.C && m.condition() != null && m.condition().test(root);
            boolean present = required || m.condition() != null && m.condition().test(root) || hasOwnAttribute(root, m);
            if (required || present) {
                attributes.check(root, m.attributes(), Nesting.ROOT, m.name());
            } else if (m.usage() == Usage.C && m.condition() == null) {
                findings.add(Severity.INFO, m.name(), AttributePath.root(), m.table().rule(),
                        "module absent; condition not evaluated",
                        "usage C: " + (m.prose().isEmpty() ? "PS3.3 gives the condition in text not kept by the source tables"
                                : m.prose()));
            }
        }
    }

    private static boolean hasOwnAttribute(Dataset root, ModuleUsage m) {
        for (int tag : m.ownTags()) {
            if (root.contains(tag)) {
                return true;
            }
        }
        return false;
    }
}
