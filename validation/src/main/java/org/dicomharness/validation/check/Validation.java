package org.dicomharness.validation.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.validation.Finding;
import org.dicomharness.validation.rules.AttributeRule;
import org.dicomharness.validation.rules.IodDefinition;
import org.dicomharness.validation.rules.ModuleUsage;

/** One run of the checks over one data set; the public entry point is {@code IodValidator}. */
public final class Validation {

    private Validation() {
    }

    /** Module, functional group, element and consistency checks of {@code dataset} against {@code iod} (may be null). */
    public static List<Finding> run(Dataset dataset, IodDefinition iod, ElementDictionary dictionary) {
        Findings findings = new Findings(iod == null ? "" : iod.name());
        Map<Integer, String> moduleOfTag = new HashMap<>();
        if (iod != null) {
            FunctionalGroupChecker fg = new FunctionalGroupChecker(findings, iod);
            AttributeChecker attributes = new AttributeChecker(findings, fg);
            fg.attach(attributes);
            new ModuleChecker(findings, attributes).check(dataset, iod);
            fg.checkPresence(dataset);
            new ExtensionChecker(findings).check(dataset, iod);
            for (ModuleUsage m : iod.modules()) {
                for (AttributeRule a : m.attributes()) {
                    moduleOfTag.putIfAbsent(a.tag(), m.name());
                }
            }
        }
        new ElementChecker(findings, dictionary, moduleOfTag).check(dataset);
        new ConsistencyChecker(findings).check(dataset);
        return findings.list();
    }
}
