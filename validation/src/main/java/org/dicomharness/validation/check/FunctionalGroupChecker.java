package org.dicomharness.validation.check;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.validation.AttributePath;
import org.dicomharness.validation.Rule;
import org.dicomharness.validation.Severity;
import org.dicomharness.validation.rules.FunctionalGroupUsage;
import org.dicomharness.validation.rules.IodDefinition;
import org.dicomharness.validation.rules.Usage;

/**
 * The functional group macros of an enhanced multi-frame IOD (PS3.3 C.7.6.16): each macro the IOD uses sits
 * either in the Shared Functional Groups item or in every Per-Frame Functional Groups item, never in both; a
 * mandatory macro (and a conditional one whose condition holds) is in one of them; the number of per-frame items
 * equals Number of Frames; and the content of every macro is checked like a module.
 */
final class FunctionalGroupChecker implements AttributeChecker.FunctionalGroupHook {

    private static final Rule FG_RULE = new Rule("PS3.3", "C.7.6.16", "Multi-frame Functional Groups Module");

    private final Findings findings;
    private final IodDefinition iod;
    private AttributeChecker attributes;

    FunctionalGroupChecker(Findings findings, IodDefinition iod) {
        this.findings = findings;
        this.iod = iod;
    }

    void attach(AttributeChecker checker) {
        this.attributes = checker;
    }

    /** Checks the macros present in one item of a functional groups sequence. */
    @Override
    public void checkItem(Dataset item, int sequenceTag, int itemNumber, Nesting nesting) {
        boolean shared = sequenceTag == Tags.SharedFunctionalGroupsSequence;
        Dataset root = root(item);
        for (FunctionalGroupUsage fg : iod.functionalGroups()) {
            int top = fg.sequenceTag();
            if (top == 0 || !item.contains(top)) {
                continue;
            }
            if (shared && inAnyPerFrameItem(root, top)) {
                findings.add(Severity.ERROR, name(fg), nesting.path(top), fg.table().rule(),
                        "in the Shared and in Per-Frame Functional Groups",
                        "in one of them only (" + FG_RULE.id() + ".1)");
            }
            attributes.check(item, fg.attributes(), nesting, name(fg));
        }
    }

    /** Which required macros are missing, and whether the per-frame items match Number of Frames. */
    void checkPresence(Dataset root) {
        if (iod.functionalGroups().isEmpty()) {
            return;
        }
        Dataset sharedItem = firstItem(root, Tags.SharedFunctionalGroupsSequence);
        Sequence perFrame = sequence(root, Tags.PerFrameFunctionalGroupsSequence);
        if (sharedItem == null && perFrame == null) {
            return; // the module's Type 1 check reports the missing sequences
        }
        int frames = SafeValues.intOr(root, Tags.NumberOfFrames, -1);
        if (perFrame != null && frames >= 0 && perFrame.size() != frames) {
            findings.add(Severity.ERROR, "Multi-frame Functional Groups", AttributePath.of(Tags.PerFrameFunctionalGroupsSequence),
                    new Rule("PS3.3", "Table C.7.6.16-1", "C.7.6.16 Multi-frame Functional Groups Module Attributes"),
                    perFrame.size() + " item(s)", "one item per frame: Number of Frames is " + frames);
        }
        List<Dataset> frameItems = perFrame == null ? List.of() : perFrame.items();
        for (FunctionalGroupUsage fg : iod.functionalGroups()) {
            int top = fg.sequenceTag();
            if (top == 0) {
                continue;
            }
            boolean inShared = sharedItem != null && sharedItem.contains(top);
            if (inShared) {
                continue;
            }
            List<Integer> missingFrames = new ArrayList<>();
            int present = 0;
            for (int i = 0; i < frameItems.size(); i++) {
                if (frameItems.get(i).contains(top)) {
                    present++;
                } else {
                    missingFrames.add(i + 1);
                }
            }
            boolean requiredNow = required(fg, sharedItem, frameItems);
            if (present > 0 && !missingFrames.isEmpty()) {
                findings.add(Severity.ERROR, name(fg), AttributePath.of(Tags.PerFrameFunctionalGroupsSequence)
                                .item(missingFrames.get(0)).child(top), fg.table().rule(),
                        "absent from " + missingFrames.size() + " of " + frameItems.size() + " per-frame item(s)"
                                + frameList(missingFrames),
                        "a per-frame macro in every Per-Frame Functional Groups item (" + FG_RULE.id() + ".1)");
            } else if (present == 0 && requiredNow) {
                findings.add(Severity.ERROR, name(fg), AttributePath.of(Tags.SharedFunctionalGroupsSequence).item(1)
                                .child(top), fg.table().rule(),
                        "absent from the Shared and from every Per-Frame Functional Groups item",
                        "functional group macro " + fg.name() + " (usage " + fg.usage() + ") in one of them");
            } else if (present == 0 && fg.usage() == Usage.C && fg.sharedCondition() == null
                    && fg.perFrameCondition() == null) {
                findings.add(Severity.INFO, name(fg), AttributePath.of(Tags.SharedFunctionalGroupsSequence).item(1)
                                .child(top), fg.table().rule(), "absent; condition not evaluated",
                        "usage C: " + (fg.prose().isEmpty()
                                ? "PS3.3 gives the condition in text not kept by the source tables" : fg.prose()));
            }
        }
    }

    private static boolean required(FunctionalGroupUsage fg, Dataset sharedItem, List<Dataset> frameItems) {
        if (fg.usage() == Usage.M) {
            return true;
        }
        if (fg.usage() == Usage.U) {
            return false;
        }
        boolean byShared = fg.sharedCondition() != null && sharedItem != null && fg.sharedCondition().test(sharedItem);
        boolean byPerFrame = fg.perFrameCondition() != null && !frameItems.isEmpty()
                && fg.perFrameCondition().test(frameItems.get(0));
        return byShared || byPerFrame;
    }

    private static String frameList(List<Integer> frames) {
        if (frames.size() > 8) {
            return " (items " + frames.subList(0, 8).toString().replace("[", "").replace("]", "") + " ...)";
        }
        return " (items " + frames.toString().replace("[", "").replace("]", "") + ")";
    }

    private static boolean inAnyPerFrameItem(Dataset root, int tag) {
        Sequence perFrame = sequence(root, Tags.PerFrameFunctionalGroupsSequence);
        if (perFrame == null) {
            return false;
        }
        for (Dataset d : perFrame) {
            if (d.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    static String name(FunctionalGroupUsage fg) {
        return fg.name() + " Functional Group Macro";
    }

    private static Sequence sequence(Dataset d, int tag) {
        DataElement e = d.get(tag);
        return e != null && e.value() instanceof Sequence s ? s : null;
    }

    private static Dataset firstItem(Dataset d, int tag) {
        Sequence s = sequence(d, tag);
        return s == null || s.size() == 0 ? null : s.get(0);
    }

    private static Dataset root(Dataset d) {
        Dataset r = d;
        while (r.parent() != null) {
            r = r.parent();
        }
        return r;
    }
}
