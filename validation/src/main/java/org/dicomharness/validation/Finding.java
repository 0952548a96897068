package org.dicomharness.validation;

/**
 * One thing the validator found: how bad it is, where (IOD, module, attribute path), which rule of the standard,
 * what was found and what was expected. A waived finding stays in the report with the waiver's reason and does
 * not fail the verdict.
 *
 * @param severity ERROR, WARNING or INFO
 * @param iod      the IOD checked, e.g. {@code CT Image}; empty when the SOP class is unknown
 * @param module   the module or functional group macro, e.g. {@code General Study}; empty for data-set-wide checks
 * @param path     the attribute path with keywords, tags and item numbers
 * @param rule     the table, section or template row of the standard
 * @param found    what the data set holds, e.g. {@code absent}, {@code empty}, {@code '20241301'}
 * @param expected what the rule asks for, e.g. {@code Type 1: present with a value}
 * @param waiver   the reason of the waiver that accepted this finding, or {@code null}
 */
public record Finding(Severity severity, String iod, String module, AttributePath path, Rule rule, String found,
                      String expected, String waiver) {

    public Finding {
        if (severity == null || path == null || rule == null) {
            throw new IllegalArgumentException("a finding needs a severity, a path and a rule");
        }
        iod = iod == null ? "" : iod;
        module = module == null ? "" : module;
        found = found == null ? "" : found;
        expected = expected == null ? "" : expected;
    }

    public Finding(Severity severity, String iod, String module, AttributePath path, Rule rule, String found,
                   String expected) {
        this(severity, iod, module, path, rule, found, expected, null);
    }

    public boolean isWaived() {
        return waiver != null;
    }

    /** An ERROR that no waiver accepted: what fails the verdict. */
    public boolean failsVerdict() {
        return severity == Severity.ERROR && waiver == null;
    }

    public Finding waived(String reason) {
        return new Finding(severity, iod, module, path, rule, found, expected, reason);
    }

    /** One line: {@code ERROR CT Image / General Study: StudyInstanceUID(0020,000D): found absent, expected ... [rule]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(severity);
        if (waiver != null) {
            sb.append(" (waived: ").append(waiver).append(')');
        }
        sb.append(' ');
        if (!iod.isEmpty()) {
            sb.append(iod);
        }
        if (!module.isEmpty()) {
            sb.append(iod.isEmpty() ? "" : " / ").append(module);
        }
        sb.append(": ").append(path).append(": found ").append(found).append(", expected ").append(expected)
          .append(" [").append(rule).append(']');
        return sb.toString();
    }
}
