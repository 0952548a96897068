package org.dicomharness.validation.agreement;

import java.nio.file.Path;

/**
 * One file of the agreement corpus.
 *
 * @param name        a short unique name, e.g. {@code ct-explicit} or {@code broken/missing-type1/ct-StudyInstanceUID}
 * @param origin      how the file was made: generated, DCMTK, or broken on purpose
 * @param category    for broken files the kind of defect (missing Type 1, bad VR...), else the IOD
 * @param description what was done to the object
 * @param path        where it was written
 */
record CorpusFile(String name, Origin origin, String category, String description, Path path) {

    enum Origin {
        GENERATED("generated with Dataset + Part10Writer"),
        DCMTK("made by DCMTK (img2dcm, dump2dcm, dcmconv)"),
        SHIPPED("sample files shipped with the peers' Debian packages"),
        BROKEN("broken on purpose");

        final String label;

        Origin(String label) {
            this.label = label;
        }
    }
}
