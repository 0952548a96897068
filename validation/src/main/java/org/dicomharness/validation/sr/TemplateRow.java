package org.dicomharness.validation.sr;

/**
 * One row of a PS3.16 template table, as {@code sr-templates.tsv} keeps it.
 *
 * @param tid           the template, e.g. {@code 10011}
 * @param template      its name, e.g. {@code CTRadiationDose}
 * @param level         nesting inside the template (1 = top row)
 * @param row           the row number PS3.16 prints, e.g. {@code 3} or {@code 6b}
 * @param include       the included template for an INCLUDE row, else empty
 * @param relationship  relationship with the parent content item, e.g. {@code CONTAINS}; empty for the root
 * @param valueType     e.g. {@code NUM}, {@code CODE}, {@code CONTAINER}
 * @param vmMin         least number of matching content items
 * @param vmMax         most, {@link Integer#MAX_VALUE} for n
 * @param requirement   M, MC, U or UC
 * @param conditional   whether PS3.16 gives a condition (kept as XPath by the source, not evaluated here)
 * @param concept       the fixed concept name, or {@code null} when drawn from {@code conceptCid}
 * @param conceptCid    context group of allowed concept names, or empty
 * @param valueSetCid   context group of the value of a CODE item, or empty
 * @param valueSetKind  B (baseline), D (defined) or E (enumerated)
 * @param units         fixed units of a NUM item, or {@code null}
 * @param unitsCid      context group of the units, or empty
 */
public record TemplateRow(String tid, String template, int level, String row, String include, String relationship,
                          String valueType, int vmMin, int vmMax, String requirement, boolean conditional, Code concept,
                          String conceptCid, String valueSetCid, String valueSetKind, Code units, String unitsCid) {

    public boolean isInclude() {
        return !include.isEmpty();
    }

    /** {@code TID 10011 row 5}. */
    public String reference() {
        return "TID " + tid + " row " + row;
    }

    public boolean mandatory() {
        return requirement.equals("M");
    }
}
