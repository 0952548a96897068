package org.dicomharness.validation;

import java.util.regex.Pattern;

/**
 * One accepted finding: which rule, at which attribute path, optionally only for one SOP class or one sending
 * AE, and why it is accepted. {@code rule} and {@code path} are exact or use {@code *} as a wildcard; a path
 * matches with or without item numbers, by keywords or by tags (see {@link AttributePath#matchForms()}).
 *
 * @param rule     the finding's rule id, e.g. {@code PS3.3 Table C.7-3} or {@code PS3.3 Table C.7-*}
 * @param path     the attribute path, e.g. {@code ReferringPhysicianName} or {@code *\/PixelSpacing}
 * @param sopClass a SOP Class UID the waiver is limited to, or {@code null}
 * @param ae       an AE title (the sender) the waiver is limited to, or {@code null}
 * @param reason   why the finding is accepted; required, it is shown beside the finding
 */
public record Waiver(String rule, String path, String sopClass, String ae, String reason) {

    public Waiver {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("a waiver needs 'rule' (e.g. \"PS3.3 Table C.7-3\")");
        }
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("the waiver for rule '" + rule
                    + "' needs 'path' (e.g. ReferringPhysicianName, or * for any attribute)");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("the waiver for rule '" + rule + "' at '" + path
                    + "' needs a 'reason': a waiver must say why the finding is accepted");
        }
    }

    public boolean matches(Finding finding, String sopClassUid, String aeTitle) {
        if (sopClass != null && !sopClass.equals(sopClassUid)) {
            return false;
        }
        if (ae != null && !ae.equals(aeTitle == null ? null : aeTitle.strip())) {
            return false;
        }
        if (!glob(rule).matcher(finding.rule().id()).matches()) {
            return false;
        }
        Pattern p = glob(path);
        return finding.path().matchForms().stream().anyMatch(form -> p.matcher(form).matches());
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.strip().split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
