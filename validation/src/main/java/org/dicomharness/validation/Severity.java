package org.dicomharness.validation;

/** How much a finding matters: an ERROR breaks the standard and fails the verdict, a WARNING is doubtful, INFO is context. */
public enum Severity {
    /** The data set breaks a "shall" of the standard (a missing Type 1 attribute, a wrong enumerated value...). */
    ERROR,
    /** Legal but doubtful, or a "should" of the standard (a value outside the defined terms, a retired attribute). */
    WARNING,
    /** Not a defect: what could not be checked and why (a condition given only in prose). */
    INFO
}
