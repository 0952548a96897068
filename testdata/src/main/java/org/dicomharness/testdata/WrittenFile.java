package org.dicomharness.testdata;

import java.nio.file.Path;
import org.dicomharness.dicom.TransferSyntax;

/**
 * One file a corpus wrote.
 *
 * @param path   where
 * @param kind   what it holds
 * @param syntax the transfer syntax it was written in
 * @param note   why it is not in the syntax asked for (no pixel data, or the codec refused), or empty
 */
public record WrittenFile(Path path, ObjectKind kind, TransferSyntax syntax, String note) {

    public boolean inRequestedSyntax() {
        return note.isEmpty();
    }
}
