package org.dicomharness.testdata;

import java.nio.file.Path;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;

/**
 * One file a corpus wrote.
 *
 * @param path   where
 * @param kind   what it holds
 * @param syntax the transfer syntax it was written in
 * @param note   why it is not in the syntax asked for (no pixel data, or the codec refused), or empty
 * @param source the generated instance, before any compression
 */
public record WrittenFile(Path path, ObjectKind kind, TransferSyntax syntax, String note, Dataset source) {

    public boolean inRequestedSyntax() {
        return note.isEmpty();
    }
}
