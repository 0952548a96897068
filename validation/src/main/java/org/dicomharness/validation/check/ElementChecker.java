package org.dicomharness.validation.check;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.data.ValueCodec;
import org.dicomharness.dicom.dict.DictionaryEntry;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.validation.Rule;
import org.dicomharness.validation.Severity;
import org.dicomharness.validation.rules.Multiplicity;

/**
 * Checks every element of a data set, at every nesting level, against the PS3.6 dictionary and PS3.5: the VR is
 * one PS3.6 allows, the value multiplicity is PS3.6's, binary values are whole, and string values have the
 * format and length of their VR (PS3.5 Table 6.2-1).
 */
final class ElementChecker {

    private static final Rule DICTIONARY = new Rule("PS3.6", "Table 6-1", "Registry of DICOM Data Elements");
    private static final Rule VM_RULE = new Rule("PS3.5", "6.4", "Value Multiplicity");
    private static final Rule PRIVATE = new Rule("PS3.5", "7.8.1", "Private Data Element Tags");

    private final Findings findings;
    private final ElementDictionary dictionary;
    private final Map<Integer, String> moduleOfTag;

    ElementChecker(Findings findings, ElementDictionary dictionary, Map<Integer, String> moduleOfTag) {
        this.findings = findings;
        this.dictionary = dictionary;
        this.moduleOfTag = moduleOfTag;
    }

    void check(Dataset dataset) {
        walk(dataset, Nesting.ROOT, "");
    }

    private void walk(Dataset item, Nesting nesting, String topModule) {
        for (DataElement e : item) {
            int tag = e.tag();
            String module = nesting.parent() == null ? moduleOfTag.getOrDefault(tag, "") : topModule;
            if (Tag.isGroupLength(tag) || Tag.isDelimiter(tag)) {
                continue;
            }
            if (Tag.isPrivate(tag)) {
                checkPrivate(item, e, nesting, module);
                if (e.value() instanceof Sequence seq) {
                    walkItems(seq, tag, nesting, module);
                }
                continue;
            }
            Optional<DictionaryEntry> entry = dictionary.lookup(tag);
            if (entry.isEmpty()) {
                findings.add(Severity.WARNING, module, nesting.path(tag), DICTIONARY, "a standard tag PS3.6 does not list",
                        "a data element of the PS3.6 registry");
            } else {
                checkAgainstDictionary(item, e, entry.get(), nesting, module);
            }
            if (e.value() instanceof Sequence seq) {
                walkItems(seq, tag, nesting, module);
            }
        }
    }

    private void walkItems(Sequence seq, int tag, Nesting nesting, String module) {
        int n = 0;
        for (Dataset child : seq) {
            walk(child, nesting.into(tag, ++n), module);
        }
    }

    private void checkPrivate(Dataset item, DataElement e, Nesting nesting, String module) {
        int tag = e.tag();
        if (Tag.isPrivateCreator(tag)) {
            if (e.vr() != VR.LO && e.vr() != VR.UN) {
                findings.add(Severity.ERROR, module, nesting.path(tag), PRIVATE, "VR " + e.vr(), "VR LO");
            }
            return;
        }
        if (Tag.element(tag) >= 0x1000 && !item.contains(Tag.privateCreatorOf(tag))) {
            findings.add(Severity.ERROR, module, nesting.path(tag), PRIVATE, "no private creator "
                    + Tag.format(Tag.privateCreatorOf(tag)), "a Private Creator reserving the block");
        }
        int element = Tag.element(tag);
        if ((element >= 0x0001 && element <= 0x000F) || (element >= 0x0100 && element <= 0x0FFF)) {
            findings.add(Severity.ERROR, module, nesting.path(tag), PRIVATE, "element number outside the private blocks",
                    "(gggg,0010-00FF) creators or (gggg,1000-FFFF) private elements");
        }
    }

    private void checkAgainstDictionary(Dataset item, DataElement e, DictionaryEntry entry, Nesting nesting,
                                        String module) {
        int tag = e.tag();
        VR vr = e.vr();
        if (entry.retired()) {
            findings.add(Severity.WARNING, module, nesting.path(tag), DICTIONARY, "a retired attribute",
                    "attributes PS3.6 has not retired");
        }
        if (vr == VR.UN && !entry.vrs().contains(VR.UN)) {
            findings.add(Severity.WARNING, module, nesting.path(tag), DICTIONARY, "VR UN",
                    "VR " + vrList(entry.vrs()) + " (a value in UN cannot be checked)");
            return;
        }
        if (!entry.vrs().isEmpty() && !entry.vrs().contains(vr)) {
            findings.add(Severity.ERROR, module, nesting.path(tag), DICTIONARY, "VR " + vr, "VR " + vrList(entry.vrs()));
            return;
        }
        if (e.isEmpty() || !(e.value() instanceof ByteValue bytes)) {
            return;
        }
        Rule vrRule = new Rule("PS3.5", "Table 6.2-1", vr + " Value Representation");
        if (vr.kind() == VR.Kind.BINARY_NUMBER || vr.kind() == VR.Kind.BULK && vr.bytesPerValue() > 1) {
            if (bytes.length() % vr.bytesPerValue() != 0) {
                findings.add(Severity.ERROR, module, nesting.path(tag), vrRule, bytes.length() + " bytes",
                        "a multiple of " + vr.bytesPerValue() + " bytes");
                return;
            }
        }
        int count = ValueCounts.count(e);
        if (count > 0 && !entry.vm().isEmpty()) {
            Multiplicity vm = parseVm(entry.vm());
            if (vm != null && !vm.allows(count)) {
                findings.add(Severity.ERROR, module, nesting.path(tag), VM_RULE, count + " value(s)",
                        "VM " + entry.vm() + " (PS3.6)");
            }
        }
        if (vr.isString()) {
            checkStrings(item, e, bytes, vrRule, nesting, module);
        }
    }

    private void checkStrings(Dataset item, DataElement e, ByteValue bytes, Rule vrRule, Nesting nesting,
                              String module) {
        VR vr = e.vr();
        String decoded;
        try {
            decoded = vr.kind() == VR.Kind.TEXT ? item.getRawString(e.tag())
                    : new String(bytes.unsafeBytes(), StandardCharsets.ISO_8859_1);
        } catch (DicomDataException ex) {
            findings.add(Severity.ERROR, module, nesting.path(e.tag()), new Rule("PS3.5", "6.1", "Support of Character Repertoires"),
                    "bytes the Specific Character Set cannot decode", ex.getMessage());
            return;
        }
        List<String> values = ValueCodec.splitValues(decoded, vr);
        for (int i = 0; i < values.size(); i++) {
            String raw = values.get(i);
            String value = significant(raw, vr);
            String which = values.size() > 1 ? "value " + (i + 1) + " " : "";
            int max = vr == VR.PN ? 64 * 3 + 2 : vr.maxLength();
            int length = vr == VR.UI ? stripTrailing(raw, (char) 0).length() : stripTrailing(raw, ' ').length();
            if (max > 0 && length > max) {
                findings.add(Severity.ERROR, module, nesting.path(e.tag()), vrRule,
                        which + "of " + length + " characters", "at most " + max + " characters");
                continue;
            }
            String chars = ValueFormats.characters(vr, value);
            if (chars != null) {
                findings.add(Severity.ERROR, module, nesting.path(e.tag()), vrRule, which + "with a " + chars,
                        "characters of the " + vr + " repertoire");
                continue;
            }
            if (value.isEmpty()) {
                continue;
            }
            String problem = ValueFormats.check(vr, value);
            if (problem != null) {
                findings.add(Severity.ERROR, module, nesting.path(e.tag()), vrRule,
                        which + "'" + shorten(value) + "': " + problem, "a " + vr + " value as PS3.5 Table 6.2-1 defines it");
            }
        }
    }

    /** Removes the padding PS3.5 Table 6.2-1 declares insignificant for the VR. */
    private static String significant(String raw, VR vr) {
        return switch (vr) {
            case UI -> stripTrailing(raw, (char) 0);
            case AE, CS, DS, IS, SH, LO -> raw.strip();
            default -> stripTrailing(raw, ' ');
        };
    }

    private static String stripTrailing(String s, char c) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == c || c == ' ' && s.charAt(end - 1) == 0)) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String shorten(String value) {
        return value.length() > 64 ? value.substring(0, 64) + "..." : value;
    }

    private static Multiplicity parseVm(String vm) {
        try {
            return Multiplicity.parse(vm);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String vrList(List<VR> vrs) {
        return String.join(" or ", vrs.stream().map(Enum::name).toList());
    }
}
