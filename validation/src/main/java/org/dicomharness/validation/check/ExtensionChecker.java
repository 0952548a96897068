package org.dicomharness.validation.check;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.validation.AttributePath;
import org.dicomharness.validation.Rule;
import org.dicomharness.validation.Severity;
import org.dicomharness.validation.rules.AttributeRule;
import org.dicomharness.validation.rules.FunctionalGroupUsage;
import org.dicomharness.validation.rules.IodDefinition;
import org.dicomharness.validation.rules.ModuleUsage;

/**
 * Standard attributes that no module of the IOD defines, at the top level and in the functional group items: legal,
 * but they make the instance a Standard Extended SOP Class (PS3.4 B.1.3), so they are reported as warnings.
 * Private attributes and group lengths are left to the element checks.
 */
final class ExtensionChecker {

    private static final Rule EXTENDED = new Rule("PS3.4", "B.1.3", "Standard Extended SOP Classes");
    private static final String EXPECTED = "only attributes of the IOD's modules; others make the instance a Standard "
            + "Extended SOP Class";

    private final Findings findings;

    ExtensionChecker(Findings findings) {
        this.findings = findings;
    }

    void check(Dataset root, IodDefinition iod) {
        Set<Integer> defined = new HashSet<>();
        for (ModuleUsage m : iod.modules()) {
            for (AttributeRule a : m.attributes()) {
                defined.add(a.tag());
            }
        }
        for (DataElement e : root) {
            if (!defined.contains(e.tag()) && standard(e.tag())) {
                findings.add(Severity.WARNING, "", AttributePath.of(e.tag()), EXTENDED,
                        "an attribute no module of the " + iod.name() + " IOD defines", EXPECTED);
            }
        }
        if (iod.functionalGroups().isEmpty()) {
            return;
        }
        Set<Integer> macros = new HashSet<>();
        for (FunctionalGroupUsage fg : iod.functionalGroups()) {
            macros.add(fg.sequenceTag());
        }
        for (int sequenceTag : new int[] {Tags.SharedFunctionalGroupsSequence, Tags.PerFrameFunctionalGroupsSequence}) {
            DataElement e = root.get(sequenceTag);
            if (e == null || !(e.value() instanceof Sequence seq)) {
                continue;
            }
            Map<Integer, int[]> unknown = new LinkedHashMap<>(); // tag -> {first item, count}
            int number = 0;
            for (Dataset item : seq) {
                number++;
                for (DataElement x : item) {
                    if (!macros.contains(x.tag()) && standard(x.tag())) {
                        int first = number;
                        unknown.computeIfAbsent(x.tag(), t -> new int[] {first, 0})[1]++;
                    }
                }
            }
            for (Map.Entry<Integer, int[]> u : unknown.entrySet()) {
                findings.add(Severity.WARNING, "Multi-frame Functional Groups",
                        AttributePath.of(sequenceTag).item(u.getValue()[0]).child(u.getKey()), EXTENDED,
                        "an attribute no functional group macro of the " + iod.name() + " IOD defines, in "
                                + u.getValue()[1] + " item(s)", EXPECTED);
            }
        }
    }

    private static boolean standard(int tag) {
        return !Tag.isPrivate(tag) && !Tag.isGroupLength(tag) && Tag.group(tag) != 0x0002;
    }
}
