package org.dicomharness.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * What validating one data set found: the SOP class and IOD it was checked against and every finding, in the
 * order the checks made them. The verdict fails when an ERROR remains that no waiver accepted.
 *
 * @param sopClassUid  SOP Class UID (0008,0016) of the data set, or empty when absent
 * @param sopInstanceUid SOP Instance UID (0008,0018), or empty
 * @param iod          the IOD checked against, empty when the SOP class has none
 * @param findings     the findings
 */
public record ValidationReport(String sopClassUid, String sopInstanceUid, String iod, List<Finding> findings) {

    public ValidationReport {
        sopClassUid = sopClassUid == null ? "" : sopClassUid;
        sopInstanceUid = sopInstanceUid == null ? "" : sopInstanceUid;
        iod = iod == null ? "" : iod;
        findings = List.copyOf(findings);
    }

    /** No ERROR is left once waivers are applied. */
    public boolean passed() {
        return findings.stream().noneMatch(Finding::failsVerdict);
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    public List<Finding> bySeverity(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /** Errors that fail the verdict (not waived). */
    public long failingErrorCount() {
        return findings.stream().filter(Finding::failsVerdict).count();
    }

    /** This report with every finding a waiver accepts marked as waived. */
    public ValidationReport withWaivers(Waivers waivers, String aeTitle) {
        List<Finding> marked = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            marked.add(f.isWaived() ? f : waivers.match(f, sopClassUid, aeTitle).map(f::waived).orElse(f));
        }
        return new ValidationReport(sopClassUid, sopInstanceUid, iod, marked);
    }

    @Override
    public String toString() {
        return "ValidationReport[" + (iod.isEmpty() ? sopClassUid : iod) + ": " + errors().size() + " error(s), "
                + warnings().size() + " warning(s), " + (passed() ? "passed" : "failed") + "]";
    }
}
