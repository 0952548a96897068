package org.dicomharness.cli;

/** Exit codes shared by the harness's commands. */
final class ExitCodes {

    /** Everything checked passed. */
    static final int OK = 0;
    /** A check failed (a validation error, a failed DIMSE operation, a failed scenario). */
    static final int FAILED = 1;
    /** Input could not be read or parsed at all. */
    static final int UNREADABLE_INPUT = 2;
    /** No association could be established (refused, rejected, aborted, unreachable). */
    static final int NO_ASSOCIATION = 3;

    private ExitCodes() {
    }
}
