package org.dicomharness.testdata.generator;

import org.dicomharness.testdata.module.Code;

/**
 * Why instances are rejected: the document titles of a rejection note (PS3.16 CID 7011 Rejected for Quality
 * Reasons and its siblings, as IHE RAD TF-3 Imaging Object Change Management uses them).
 */
public enum RejectionReason {
    QUALITY("113001", "Rejected for Quality Reasons"),
    PATIENT_SAFETY("113037", "Rejected for Patient Safety Reasons"),
    INCORRECT_WORKLIST_ENTRY("113038", "Incorrect Modality Worklist Entry"),
    RETENTION_EXPIRED("113039", "Data Retention Policy Expired");

    private final Code title;

    RejectionReason(String value, String meaning) {
        this.title = Code.dcm(value, meaning);
    }

    /** The document title (Concept Name Code Sequence of the root content item). */
    public Code title() {
        return title;
    }
}
