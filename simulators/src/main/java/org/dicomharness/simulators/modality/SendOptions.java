package org.dicomharness.simulators.modality;

import org.dicomharness.dicom.net.dimse.Priority;

/**
 * How objects are sent.
 *
 * @param associations number of associations opened in parallel; the objects are dealt out among them in turn
 * @param priority     Priority (0000,0700) of the C-STORE requests
 */
public record SendOptions(int associations, Priority priority) {

    public SendOptions {
        if (associations < 1) {
            throw new IllegalArgumentException("at least one association is needed to send, not " + associations);
        }
        if (priority == null) {
            priority = Priority.MEDIUM;
        }
    }

    public static SendOptions defaults() {
        return new SendOptions(1, Priority.MEDIUM);
    }

    public SendOptions withAssociations(int n) {
        return new SendOptions(n, priority);
    }
}
