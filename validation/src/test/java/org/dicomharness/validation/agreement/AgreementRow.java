package org.dicomharness.validation.agreement;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.validation.Finding;
import org.dicomharness.validation.ValidationReport;

/**
 * The comparison for one corpus file: dciodvfy's errors, ours, which of theirs we match, which are explained.
 */
record AgreementRow(CorpusFile file, List<DciodvfyError> theirs, ValidationReport ours,
                    List<DciodvfyError> matched, List<Explained> explained, List<DciodvfyError> unexplained) {

    /** A dciodvfy error and the explanation that accounts for it. */
    record Explained(DciodvfyError error, Explanation explanation) {
    }

    static AgreementRow compare(CorpusFile file, List<DciodvfyError> theirs, ValidationReport ours,
                                List<Explanation> known) {
        List<DciodvfyError> matched = new ArrayList<>();
        List<Explained> explained = new ArrayList<>();
        List<DciodvfyError> unexplained = new ArrayList<>();
        List<DciodvfyError> rest = new ArrayList<>();
        for (DciodvfyError e : theirs) {
            boolean match = ours.findings().stream().anyMatch(f -> DciodvfyAgreementIT.matches(f, e));
            if (match) {
                matched.add(e);
            } else {
                rest.add(e);
            }
        }
        for (DciodvfyError e : rest) {
            Explanation why = known.stream().filter(k -> k.explains(file.name(), e)).findFirst().orElse(null);
            if (why != null && why.kind() == Explanation.Kind.SUMMARY && matched.isEmpty()) {
                why = null; // a summary of errors none of which we matched explains nothing
            }
            if (why != null) {
                explained.add(new Explained(e, why));
            } else {
                unexplained.add(e);
            }
        }
        return new AgreementRow(file, theirs, ours, matched, explained, unexplained);
    }

    long ourErrors() {
        return ours.errors().size();
    }

    /** Our errors on attributes dciodvfy did not report. */
    List<Finding> oursOnly() {
        return ours.errors().stream().filter(f -> theirs.stream().noneMatch(e -> DciodvfyAgreementIT.matches(f, e)))
                .toList();
    }
}
