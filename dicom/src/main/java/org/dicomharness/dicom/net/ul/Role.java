package org.dicomharness.dicom.net.ul;

/** Which side of the association this end is (PS3.8 7.1): it decides AR-8's next state in a release collision. */
public enum Role {
    REQUESTOR, ACCEPTOR
}
