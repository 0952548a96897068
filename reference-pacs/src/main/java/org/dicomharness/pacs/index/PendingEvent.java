package org.dicomharness.pacs.index;

/**
 * An event to be written in the same transaction as the index change it reports, so that the monitoring never
 * shows a stored object the index lacks, nor the reverse.
 */
public record PendingEvent(PacsEvent.Kind kind, String callingAe, String sopInstanceUid, String studyInstanceUid,
                           String detail) {
}
