package org.dicomharness.pacs.index;

/** Lifecycle of a stored object version. */
public enum InstanceState {
    /** Visible to query and retrieve. */
    ACTIVE,
    /** An older version kept under the keep-both duplicate policy; hidden from Q/R. */
    SUPERSEDED,
    /** Held back because its study belongs to another patient; hidden from Q/R until reconciled. */
    QUARANTINED,
    /** Named by an IOCM rejection note (PS3.3 KOS with a CID 7010 rejection title); hidden from Q/R, kept on disk. */
    REJECTED
}
