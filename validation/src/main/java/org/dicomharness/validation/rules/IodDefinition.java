package org.dicomharness.validation.rules;

import java.util.List;

/**
 * A composite IOD of PS3.3 Annex A: its SOP classes, modules and (for multi-frame IODs) functional group macros.
 */
public record IodDefinition(String name, List<String> sopClassUids, List<ModuleUsage> modules,
                            List<FunctionalGroupUsage> functionalGroups) {

    public IodDefinition {
        sopClassUids = List.copyOf(sopClassUids);
        modules = List.copyOf(modules);
        functionalGroups = List.copyOf(functionalGroups);
    }
}
