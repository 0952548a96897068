package org.dicomharness.pacs.query;

import org.dicomharness.dicom.VR;

/** One key attribute of an identifier: which attribute, its VR, the level it lives at, and how it matches. */
public record KeyCondition(int tag, VR vr, QueryLevel level, MatchingKey key) {

    public boolean isUniversal() {
        return key instanceof MatchingKey.Universal;
    }
}
