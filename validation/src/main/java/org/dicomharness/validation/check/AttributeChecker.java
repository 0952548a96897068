package org.dicomharness.validation.check;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.validation.AttributePath;
import org.dicomharness.validation.Rule;
import org.dicomharness.validation.Severity;
import org.dicomharness.validation.rules.AttributeRule;
import org.dicomharness.validation.rules.AttributeType;
import org.dicomharness.validation.rules.ValueCheck;

/**
 * Checks the attribute rows of a module or macro table against a data set or sequence item, and recursively
 * against the items of every sequence: Type 1/1C/2/2C presence and emptiness (PS3.5 7.4), module-specific value
 * multiplicity and item counts, enumerated values and defined terms, and dicom3tools' extra checks.
 */
final class AttributeChecker {

    /** Called for the items of a sequence whose items hold the IOD's functional group macros. */
    interface FunctionalGroupHook {
        void checkItem(Dataset item, int sequenceTag, int itemNumber, Nesting nesting);
    }

    private final Findings findings;
    private final FunctionalGroupHook functionalGroups;

    AttributeChecker(Findings findings, FunctionalGroupHook functionalGroups) {
        this.findings = findings;
        this.functionalGroups = functionalGroups;
    }

    private final java.util.ArrayDeque<AttributeRule> sequences = new java.util.ArrayDeque<>();

    void check(Dataset item, List<AttributeRule> rules, Nesting nesting, String module) {
        String valueType = null;
        for (AttributeRule rule : rules) {
            if (!rule.valueTypes().isEmpty()) {
                if (valueType == null) {
                    valueType = SafeValues.stringOr(item, org.dicomharness.dicom.dict.Tags.ValueType, "");
                }
                if (!rule.valueTypes().contains(valueType)) {
                    continue; // PS3.3 C.17-5: this content item macro is for other value types
                }
            }
            checkOne(item, rule, nesting, module);
        }
    }

    /** The rows for the items of {@code rule}: its own, or for a recursive row those of the enclosing one. */
    private List<AttributeRule> childrenOf(AttributeRule rule) {
        if (!rule.recursive()) {
            return rule.children();
        }
        for (AttributeRule outer : sequences) {
            if (outer.tag() == rule.tag() && !outer.recursive()) {
                return outer.children();
            }
        }
        return rule.children();
    }

    private void checkOne(Dataset item, AttributeRule rule, Nesting nesting, String module) {
        DataElement e = item.get(rule.tag());
        AttributeType type = rule.type();
        boolean required = switch (type) {
            case TYPE_1, TYPE_2 -> true;
            case TYPE_1C, TYPE_2C -> rule.condition() != null && rule.condition().test(item);
            case TYPE_3 -> false;
        };
        if (e == null) {
            if (required) {
                add(Severity.ERROR, module, nesting.path(rule.tag()), rule, "absent", expectation(rule));
            } else if (type.isConditional() && rule.condition() == null) {
                add(Severity.INFO, module, nesting.path(rule.tag()), rule, "absent; condition not evaluated",
                        "Type " + type + " " + prose(rule));
            }
            return;
        }
        boolean empty = isEmpty(e);
        if (type.needsValue() && empty && (required || type == AttributeType.TYPE_1C)) {
            add(Severity.ERROR, module, nesting.path(rule.tag()), rule, "present but empty", expectation(rule));
        }
        if (type.isConditional() && rule.condition() != null && !required && !rule.mayBePresentOtherwise()) {
            add(Severity.ERROR, module, nesting.path(rule.tag()), rule, "present although the condition does not hold",
                    "Type " + type + ", not present unless: " + prose(rule) + " [" + rule.condition().name() + "]");
        }
        if (empty) {
            return;
        }
        if (e.value() instanceof Sequence seq) {
            checkSequence(seq, rule, nesting, module);
            return;
        }
        checkValue(item, e, rule, nesting, module);
    }

    private void checkSequence(Sequence seq, AttributeRule rule, Nesting nesting, String module) {
        if (rule.items() != null && !rule.items().allows(seq.size())) {
            add(Severity.ERROR, module, nesting.path(rule.tag()), rule, seq.size() + " item(s)",
                    rule.items() + " item(s)");
        }
        int number = 0;
        List<AttributeRule> children = childrenOf(rule);
        sequences.push(rule);
        try {
            for (Dataset child : seq) {
                number++;
                Nesting inner = nesting.into(rule.tag(), number);
                check(child, children, inner, module);
                if (rule.functionalGroups()) {
                    functionalGroups.checkItem(child, rule.tag(), number, inner);
                }
            }
        } finally {
            sequences.pop();
        }
    }

    private void checkValue(Dataset item, DataElement e, AttributeRule rule, Nesting nesting, String module) {
        if (rule.vm() != null) {
            int count = ValueCounts.count(e);
            if (count >= 0 && !rule.vm().allows(count)) {
                add(Severity.ERROR, module, nesting.path(rule.tag()), rule, count + " value(s)",
                        "VM " + rule.vm() + " in this module");
            }
        }
        for (ValueCheck check : rule.checks()) {
            if (check instanceof ValueCheck.Enumeration en) {
                checkEnumeration(item, e, rule, en, nesting, module);
            } else if (check instanceof ValueCheck.NotZero nz) {
                double[] values = numbers(item, e);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == 0) {
                        add(nz.severity(), module, nesting.path(rule.tag()), rule, "value " + (i + 1) + " is zero",
                                "a value other than zero");
                        break;
                    }
                }
            } else if (check instanceof ValueCheck.Verification v && v.condition() != null
                    && v.condition().test(item)) {
                add(v.severity(), module, nesting.path(rule.tag()), rule, "'" + display(item, e) + "'",
                        "not so: " + v.message() + " [dicom3tools " + v.condition().name() + "]");
            }
        }
    }

    private void checkEnumeration(Dataset item, DataElement e, AttributeRule rule, ValueCheck.Enumeration en,
                                  Nesting nesting, String module) {
        if (en.onlyIf() != null && !en.onlyIf().test(item)) {
            return;
        }
        List<String> values = new ArrayList<>();
        List<Boolean> ok = new ArrayList<>();
        try {
            if (e.vr().isString()) {
                boolean numeric = en.set().kind().equals("Binary") && (e.vr() == VR.DS || e.vr() == VR.IS);
                for (String v : item.getStrings(e.tag())) {
                    values.add(v);
                    ok.add(numeric ? numberIn(en.set(), v) : en.set().containsString(v));
                }
            } else if (e.vr().kind() == VR.Kind.BINARY_NUMBER || e.vr() == VR.OW || e.vr() == VR.OB) {
                for (long v : item.getLongs(e.tag())) {
                    values.add(e.vr() == VR.AT ? Tag.format((int) v) : Long.toString(v));
                    ok.add(e.vr() == VR.AT ? en.set().containsString(tagText((int) v)) || en.set().containsNumber(v)
                            : en.set().containsNumber(v));
                }
            }
        } catch (DicomDataException ex) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (en.selector() >= 0 && i != en.selector()) {
                continue;
            }
            if (!ok.get(i)) {
                String which = values.size() > 1 ? "value " + (i + 1) + " " : "";
                add(en.enumerated() ? Severity.ERROR : Severity.WARNING, module, nesting.path(rule.tag()), rule,
                        which + "'" + values.get(i) + "'",
                        (en.enumerated() ? "an enumerated value: " : "a defined term: ") + list(en.set().values()));
            }
        }
    }

    private static boolean numberIn(org.dicomharness.validation.rules.ValueSet set, String value) {
        try {
            double d = Double.parseDouble(value);
            return d == Math.rint(d) && set.containsNumber((long) d);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String tagText(int tag) {
        return String.format("0x%04x,0x%04x", Tag.group(tag), Tag.element(tag));
    }

    private static String list(java.util.Set<String> values) {
        // dicom3tools lists "***EMPTYVALUE***" where an empty value is allowed; empty values are never checked here
        List<String> sorted = values.stream().filter(v -> !v.startsWith("***")).sorted().toList();
        if (sorted.size() <= 12) {
            return String.join(", ", sorted);
        }
        return String.join(", ", sorted.subList(0, 12)) + " ... (" + sorted.size() + " in all)";
    }

    private static double[] numbers(Dataset item, DataElement e) {
        try {
            if (e.vr().isString() && e.vr() != VR.DS && e.vr() != VR.IS) {
                return new double[0];
            }
            return item.getDoubles(e.tag());
        } catch (DicomDataException | NumberFormatException ex) {
            return new double[0];
        }
    }

    static String display(Dataset item, DataElement e) {
        try {
            String[] values = item.getStrings(e.tag());
            String joined = String.join("\\", values);
            return joined.length() > 64 ? joined.substring(0, 64) + "..." : joined;
        } catch (DicomDataException ex) {
            return e.vr() + " value of " + e.value().length() + " bytes";
        }
    }

    static boolean isEmpty(DataElement e) {
        return e.isEmpty();
    }

    private static String expectation(AttributeRule rule) {
        String base = switch (rule.type()) {
            case TYPE_1 -> "Type 1: present with a value";
            case TYPE_2 -> "Type 2: present (may be empty)";
            case TYPE_1C -> "Type 1C: present with a value, since " + prose(rule);
            case TYPE_2C -> "Type 2C: present, since " + prose(rule);
            case TYPE_3 -> "Type 3";
        };
        if (rule.type().isConditional() && rule.condition() != null) {
            base += " [" + rule.condition().name() + "]";
        }
        return base;
    }

    private static String prose(AttributeRule rule) {
        return rule.prose().isEmpty() ? "(PS3.3 gives the condition in text not kept by the source tables)"
                : rule.prose();
    }

    private void add(Severity severity, String module, AttributePath path, AttributeRule rule, String found,
                     String expected) {
        Rule citation = rule.table().rule();
        findings.add(severity, module, path, citation, found, expected);
    }
}
